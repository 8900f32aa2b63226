package com.mockmate.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Registers {@link SessionRequestQueue} just before Spring Session's filter, which loads and saves the session. */
@Configuration
class SessionRequestQueueConfig {

    /** Longer than any normal request (an upload of 2 MB, an import dry run) but not unbounded. */
    private static final long MAX_WAIT_MILLIS = 30_000;

    @Bean
    FilterRegistrationBean<SessionRequestQueue> sessionRequestQueue() {
        var registration = new FilterRegistrationBean<>(new SessionRequestQueue(MAX_WAIT_MILLIS));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
