package com.mockmate.interview.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

    private final SessionEventsSocket sessionEvents;

    WebSocketConfig(SessionEventsSocket sessionEvents) {
        this.sessionEvents = sessionEvents;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(sessionEvents, "/ws/sessions/*").setAllowedOriginPatterns("*");
    }
}
