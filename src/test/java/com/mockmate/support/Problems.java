package com.mockmate.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions for RFC 9457 error responses. */
public final class Problems {

    private Problems() {}

    /** Status, problem+json content type, a matching {@code status} in the body and nothing that looks like a trace. */
    public static ApiClient.Response assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertNoStackTrace(response);
        return response;
    }

    public static void assertNoStackTrace(ApiClient.Response response) {
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at com.")
                .doesNotContain("at org.")
                .doesNotContain("\"trace\"");
    }

    public static String detail(ApiClient.Response response) {
        return response.json().get("detail").asString();
    }
}
