package com.mockmate.base.api.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/api/v1/users", "//api/v1", "/api;x=1/v1", "/api//v1"})
    void paths_under_the_api_however_they_are_spelled(String path) {
        assertThat(ApiPaths.isApiPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "api/v1", "/apis", "/apix/v1", "/login", "/API/v1", "/v3/api-docs"})
    void paths_elsewhere(String path) {
        assertThat(ApiPaths.isApiPath(path)).isFalse();
    }
}
