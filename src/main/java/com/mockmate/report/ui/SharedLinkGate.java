package com.mockmate.report.ui;

import com.mockmate.base.error.GoneException;
import com.mockmate.base.error.NotFoundException;
import com.mockmate.report.service.ShareLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Stands in front of the shared report page. The page is a Vaadin route, whose first response is always the
 * application's 200 shell; a link that has ended must answer 410 (and an unknown one 404) with a page a person can
 * read, so the link is checked here first. Shared pages are also kept out of search engines.
 */
@Component
class SharedLinkGate extends OncePerRequestFilter {

    private static final String PREFIX = ShareLinks.SHARED_PATH;

    private final ShareLinks links;

    SharedLinkGate(ShareLinks links) {
        this.links = links;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        var token = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        try {
            links.requireUsable(token);
        } catch (GoneException e) {
            explain(
                    response,
                    HttpServletResponse.SC_GONE,
                    "This link is no longer available",
                    e.getBody().getDetail());
            return;
        } catch (NotFoundException e) {
            explain(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "Link not found",
                    "Check that the address is complete.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void explain(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        var html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%1$s | MockMate</title>
                <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;\
                color:#1a2233}h1{font-size:1.5rem}p{line-height:1.5;color:#444c5a}</style></head>
                <body><h1>%1$s</h1><p>%2$s</p><p><a href="/">MockMate</a></p></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail));
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
