package com.mockmate.base.api.servlet;

import com.mockmate.base.web.ErrorPage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on an error no web application handled: a path Tomcat itself refuses (an encoded slash or NUL,
 * invalid UTF-8, headers too large) never reaches the application, and Tomcat wrote its own HTML page. Under /api it is
 * problem+json instead; elsewhere the application's {@link ErrorPage}, never Tomcat's page with its version.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var uri = request.getRequestURI();
        // A request line too long to parse leaves no path. No page of the UI links to such a URL: answer as the API.
        var api = uri == null || uri.isEmpty() || ApiPaths.isApiPath(uri);
        var status = response.getStatus();
        // The same guards as Tomcat's own report: only errors, nothing written yet, reported once, I/O still possible.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(
                        api
                                ? ProblemJson.body(status, ProblemJson.detailFor(status))
                                : ErrorPage.html(status, contextPath(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error for a request Tomcat refused", e);
        }
    }

    /** Tomcat may refuse a request before it is mapped to the application, and then knows no context path. */
    private static String contextPath(Request request) {
        var contextPath = request.getContextPath();
        return contextPath == null ? "" : contextPath;
    }
}
