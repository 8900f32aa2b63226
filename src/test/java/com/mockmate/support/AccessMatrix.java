package com.mockmate.support;

import com.mockmate.support.ApiClient.Response;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;

/**
 * Checks a role matrix written as a text table: a header line, then one line per call ending in one expected status
 * per caller column, for example {@code PUT /topics/{id}   403  200  403  200}.
 */
public final class AccessMatrix {

    private AccessMatrix() {}

    public static void assertStatuses(
            String table,
            int callerColumns,
            int callerIndex,
            String callerName,
            Map<String, Function<String, Response>> calls,
            String token) {
        var softly = new SoftAssertions();
        table.lines().skip(1).forEach(line -> {
            var columns = line.trim().split("\\s+");
            var call = String.join(" ", Arrays.copyOf(columns, columns.length - callerColumns));
            var expected = Integer.parseInt(columns[columns.length - callerColumns + callerIndex]);
            var response = calls.get(call).apply(token);
            softly.assertThat(response.status())
                    .as("%s: %s answered %s", callerName, call, response.body())
                    .isEqualTo(expected);
        });
        softly.assertThat(calls.keySet())
                .as("every call has a row")
                .hasSize((int) table.lines().count() - 1);
        softly.assertAll();
    }
}
