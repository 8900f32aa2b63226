package com.mockmate.base.api;

import static com.mockmate.support.Problems.assertProblem;
import static com.mockmate.support.Problems.detail;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Paging and sorting values are checked before any query: out of range is a 400 that says what is allowed. */
@IntegrationTest
class PagingTest {

    private static final List<String> LISTS =
            List.of("/api/v1/topics", "/api/v1/tests", "/api/v1/sessions", "/api/v1/flagged-answers", "/api/v1/users");

    @LocalServerPort
    int port;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = Accounts.adminToken(api);
    }

    @Test
    void a_page_whose_offset_overflows_is_a_400_on_every_list() {
        var topic = api.get("/api/v1/topics?q=Java", admin)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asString();
        var lists = new java.util.ArrayList<>(LISTS);
        lists.add("/api/v1/topics/" + topic + "/questions");

        for (var list : lists) {
            var response = api.get(list + "?page=2147483647", admin);

            assertProblem(response, 400);
            assertThat(detail(response)).as(list).isEqualTo("'page' can be at most 107374181 with pages of 20.");
        }
    }

    @Test
    void the_last_page_that_fits_is_empty_rather_than_an_error() {
        var response = api.get("/api/v1/topics?page=107374181", admin);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("content").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=abc", "page=1.5", "size=0", "size=-5", "size=101", "page=1&page=2"})
    void paging_values_out_of_range_are_400s(String query) {
        for (var list : LISTS) {
            assertProblem(api.get(list + "?" + query, admin), 400);
        }
    }

    @Test
    void an_unknown_sort_property_is_a_400_naming_those_offered() {
        var response = api.get("/api/v1/users?sort=passwordHash", admin);

        assertProblem(response, 400);
        assertThat(detail(response))
                .isEqualTo(
                        "Cannot sort by 'passwordHash'. Sort by one of: username, email, fullName, role, createdAt.");
        var sorted = api.get("/api/v1/users?sort=email,desc", admin);
        assertThat(sorted.status()).isEqualTo(200);
    }

    @Test
    void a_list_in_a_fixed_order_takes_no_sort() {
        for (var list : List.of("/api/v1/flagged-answers")) {
            var response = api.get(list + "?sort=createdAt", admin);

            assertProblem(response, 400);
            assertThat(detail(response)).isEqualTo("This list has a fixed order and takes no 'sort'.");
        }
    }

    @Test
    void the_api_docs_show_page_size_and_sort_as_query_parameters() {
        var parameters = api.get("/v3/api-docs", null)
                .json()
                .get("paths")
                .get("/api/v1/topics")
                .get("get")
                .get("parameters");

        assertThat(parameters.valueStream().map(p -> p.get("name").asString()))
                .contains("page", "size", "sort")
                .doesNotContain("pageable");
    }
}
