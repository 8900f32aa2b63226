package com.mockmate.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Under /api an Accept header that admits no JSON (or cannot be parsed) is disregarded, as RFC 9110 allows, instead of
 * answered with 406: that 406 came only after the endpoint had run, so a request reported as failed had changed data,
 * and its error had no body at all. Elsewhere, and whenever JSON is acceptable, Accept is honoured as usual.
 */
@Configuration
class ApiContentNegotiation implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new JsonWhenAcceptable()));
    }

    static final class JsonWhenAcceptable implements ContentNegotiationStrategy {

        private final HeaderContentNegotiationStrategy accept = new HeaderContentNegotiationStrategy();

        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
            var servletRequest = request.getNativeRequest(HttpServletRequest.class);
            if (servletRequest == null || !servletRequest.getRequestURI().startsWith("/api/")) {
                return accept.resolveMediaTypes(request);
            }
            try {
                var accepted = accept.resolveMediaTypes(request);
                return accepted.stream().anyMatch(JsonWhenAcceptable::admitsJson) ? accepted : MEDIA_TYPE_ALL_LIST;
            } catch (HttpMediaTypeNotAcceptableException unparseable) {
                return MEDIA_TYPE_ALL_LIST;
            }
        }

        private static boolean admitsJson(MediaType type) {
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }
}
