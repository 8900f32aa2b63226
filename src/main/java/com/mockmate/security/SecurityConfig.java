package com.mockmate.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import com.mockmate.base.web.StaticResources;
import com.mockmate.security.jwt.AccessTokenAuthenticator;
import com.mockmate.security.jwt.JwtAuthenticationFilter;
import com.mockmate.security.login.ThrottledAuthenticationProvider;
import com.mockmate.security.ui.LoginView;
import com.mockmate.security.web.SecurityHeaders;
import com.mockmate.security.web.WebChainSecurity;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Two doors, one account model: a stateless JWT chain for the REST API (and actuator, API docs) and the Vaadin chain
 * with form login and a Redis-backed HTTP session, whose account is re-checked on every request (see
 * {@link WebChainSecurity}). Both authenticate through {@link ThrottledAuthenticationProvider}. Static files have a
 * chain of their own that never touches the session.
 */
@Configuration
// Services use @PreAuthorize. JSR-250 method security stays off: it would wrap every view carrying @RolesAllowed or
// @PermitAll in a CGLIB proxy, which cannot be serialized into the Redis-backed session.
@EnableMethodSecurity
class SecurityConfig {

    static final String[] API_PATHS = {
        "/api/**", "/ws/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"
    };

    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    /**
     * Spring Security would wrap each of its filters, every authentication and every authorization of every request in
     * a Micrometer observation. Nothing records traces, and request metrics come from Spring MVC's own observation, so
     * that wrapping would only cost CPU on every request.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            AccessTokenAuthenticator tokens,
            ProblemResponses problems,
            SecurityContextHolderStrategy contextHolder) {
        var publicEndpoints = publicApiEndpoints();
        var jwtFilter = new JwtAuthenticationFilter(tokens, problems::unauthorized, contextHolder, publicEndpoints);
        http.securityMatcher(API_PATHS)
                .authenticationManager(authenticationManager)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(publicEndpoints)
                        .permitAll()
                        // The socket authenticates its first message itself, so browsers need no token in the URL; a
                        // bearer header that is there must still verify (the socket is not public).
                        .requestMatchers("/ws/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .headers(SecurityHeaders::apply)
                .addFilterBefore(jwtFilter, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    /** What anyone may call; the JWT filter ignores a token there that does not verify (see its comment). */
    private static RequestMatcher publicApiEndpoints() {
        return RequestMatchers.anyOf(
                pathPattern(HttpMethod.POST, "/api/v1/auth/register"),
                pathPattern(HttpMethod.POST, "/api/v1/auth/login"),
                pathPattern(HttpMethod.POST, "/api/v1/auth/refresh"),
                pathPattern(HttpMethod.POST, "/api/v1/auth/logout"),
                pathPattern(HttpMethod.GET, "/api/v1/shared/**"),
                pathPattern(HttpMethod.GET, "/api/v1/profiles/**"),
                pathPattern("/actuator/health/**"),
                pathPattern("/actuator/info"),
                pathPattern("/v3/api-docs/**"),
                pathPattern("/swagger-ui/**"),
                pathPattern("/swagger-ui.html"));
    }

    /**
     * Static files: public, the same headers, and no session at all (nothing read, created or saved), so that their
     * requests neither fill Redis nor wait behind the page's other requests.
     */
    @Bean
    @Order(2)
    SecurityFilterChain staticFilesFilterChain(HttpSecurity http) {
        http.securityMatcher(StaticResources.MATCHER)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain vaadinFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, WebChainSecurity webChain) {
        http.authenticationManager(authenticationManager);
        webChain.applyTo(http);
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        return http.build();
    }
}
