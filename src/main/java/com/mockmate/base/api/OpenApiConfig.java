package com.mockmate.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfig {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI mockMateOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("MockMate API")
                        .version("v1")
                        .description("REST API of MockMate, the AI mock-interview platform. Log in with"
                                + " POST /api/v1/auth/login and send the access token as 'Authorization: Bearer ...'."
                                + " Errors are RFC 9457 application/problem+json.")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
