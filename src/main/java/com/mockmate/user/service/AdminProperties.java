package com.mockmate.user.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The administrator created on first start. An empty password means: generate one and log it once. */
@ConfigurationProperties("mockmate.admin")
public record AdminProperties(
        @DefaultValue("admin") String username,
        @DefaultValue("") String password,
        @DefaultValue("admin@mockmate.local") String email) {}
