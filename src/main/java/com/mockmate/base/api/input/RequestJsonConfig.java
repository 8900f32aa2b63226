package com.mockmate.base.api.input;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON converter of the server side reads strings through {@link RequestTextDeserializer}. Only there: the shared
 * mapper also reads model and speech provider replies, which are not API input.
 */
@Configuration
class RequestJsonConfig {

    /** Last, so that it replaces the converter Spring Boot's own customizer put in. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer requestTextJsonConverter(JsonMapper jsonMapper) {
        var requests = jsonMapper
                .rebuild()
                .addModule(
                        new SimpleModule("request-text").addDeserializer(String.class, new RequestTextDeserializer()))
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(requests));
    }
}
