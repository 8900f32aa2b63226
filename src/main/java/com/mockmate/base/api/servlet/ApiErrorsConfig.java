package com.mockmate.base.api.servlet;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Every error under /api leaves as problem+json, also those that never reach a controller. */
@Configuration
class ApiErrorsConfig {

    /** First in line on error dispatches, before the security filters route /error to the UI chain. */
    @Bean
    FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter() {
        var registration = new FilterRegistrationBean<>(new ApiErrorDispatchFilter());
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    ErrorReportValveCustomizer apiErrorReportValveCustomizer() {
        return new ErrorReportValveCustomizer();
    }

    /**
     * Puts {@link ApiErrorReportValve} in place of the host's error report valve. Ordered last, so that it runs after
     * Spring Boot's customizer, which adds a plain {@link ErrorReportValve} when stack traces are never shown.
     */
    static class ErrorReportValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    var pipeline = host.getPipeline();
                    for (var valve : pipeline.getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            pipeline.removeValve(valve);
                        }
                    }
                    pipeline.addValve(new ApiErrorReportValve());
                    // Otherwise the host adds its default valve again when it starts.
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
