package com.mockmate.base.web;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's pages reach its servlet through a forward from Spring MVC. After a forward, Tomcat 11 finishes the response
 * directly on the connector, past the response wrappers of the filters; and the wrappers of Spring Session (which adds
 * the session cookie) and of Spring Security (which adds its headers) do their work only when the response is
 * committed through them. So a Vaadin page went out without its session cookie, without nosniff, no-store and the
 * Content-Security-Policy, and a browser that opened the login page directly showed "Cookies disabled" unless a
 * static file had happened to set the cookie first. Closing the forwarded response through the wrappers, as Tomcat
 * did before version 11, lets each of them finish its work.
 */
@Configuration
class ForwardedResponseConfig {

    @Bean
    TomcatContextCustomizer closeForwardedResponsesThroughWrappers() {
        return context -> context.setSuspendWrappedResponseAfterForward(false);
    }
}
