package com.mockmate.base.api.servlet;

import com.mockmate.base.error.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits request bodies under /api before anything parses them. Their size is capped: 20 MB of JSON to the login
 * endpoint used to be read and parsed in full. A declared length above the limit is refused at once; a chunked body
 * fails once it passes the limit. And their Content-Type must be one Spring can handle.
 */
class RequestBodyFilter extends OncePerRequestFilter {

    private final BodyLimits limits;

    RequestBodyFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readableContentType(request.getContentType())) {
            // Spring would fail on a wildcard Content-Type with an IllegalArgumentException, a 500.
            ProblemJson.write(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(),
                    "The Content-Type is not a concrete media type such as application/json.");
            return;
        }
        var limit = limits.bytesFor(request);
        var tooLarge = "The request body is larger than " + readable(limit) + ", the limit of this endpoint.";
        if (request.getContentLengthLong() > limit) {
            ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), tooLarge);
            return;
        }
        try {
            chain.doFilter(new BoundedBodyRequest(request, limit, tooLarge), response);
        } catch (PayloadTooLargeException e) {
            // Passed the limit in a filter that reads bodies (form content); controllers answer it themselves.
            if (response.isCommitted()) {
                throw e;
            }
            ProblemJson.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), tooLarge);
        }
    }

    private static boolean readableContentType(@Nullable String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
