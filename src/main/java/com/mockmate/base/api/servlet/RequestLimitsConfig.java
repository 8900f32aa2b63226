package com.mockmate.base.api.servlet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration
class RequestLimitsConfig {

    /**
     * Early, before the form content filter (which reads PUT and PATCH form bodies) and the security filters; only
     * the character encoding filter comes first.
     */
    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyLimitFilter(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            RequestLimitsProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestBodyFilter(new BodyLimits(mappings, properties)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
