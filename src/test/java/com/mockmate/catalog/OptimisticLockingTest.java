package com.mockmate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.ApiClient;
import com.mockmate.support.CatalogApi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.TestAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every editable item (topic, question, test) carries its version; a stale edit never overwrites a newer one. */
@IntegrationTest
class OptimisticLockingTest {

    enum Item {
        TOPIC("name"),
        QUESTION("text"),
        TEST("title");

        final String field;

        Item(String field) {
            this.field = field;
        }
    }

    @LocalServerPort
    int port;

    private ApiClient api;
    private CatalogApi catalog;
    private String token;
    private Map<Item, String> paths;

    @BeforeEach
    void instructor_creates_one_item_of_each_kind() {
        api = new ApiClient(port);
        catalog = new CatalogApi(api);
        token = new TestAccounts(api).instructor("ines.instructor").token();
        var topic = catalog.topic(token, "Kotlin");
        var question = catalog.question(token, topic, "What is a coroutine?", "EASY");
        var test = catalog.test(token, "Kotlin basics", List.of(question));
        paths = Map.of(
                Item.TOPIC, "/api/v1/topics/" + topic,
                Item.QUESTION, "/api/v1/questions/" + question,
                Item.TEST, "/api/v1/tests/" + test);
    }

    @ParameterizedTest
    @EnumSource(Item.class)
    void get_returns_the_version_as_etag(Item item) {
        var response = api.get(paths.get(item), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag"))
                .isEqualTo("\"" + response.json().get("version").asLong() + "\"");
    }

    @ParameterizedTest
    @EnumSource(Item.class)
    void put_with_the_current_if_match_succeeds_and_returns_the_next_etag(Item item) {
        var current = api.get(paths.get(item), token);
        var version = current.json().get("version").asLong();

        var response =
                catalog.putWithIfMatch(paths.get(item), body(item, "Edited", null), current.header("ETag"), token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(response.json().get("version").asLong()).isEqualTo(version + 1);
        assertThat(valueOf(item)).isEqualTo("Edited");
    }

    @ParameterizedTest
    @EnumSource(Item.class)
    void put_with_a_stale_body_version_is_a_conflict_and_overwrites_nothing(Item item) {
        var seen = versionOf(item);
        assertThat(api.put(paths.get(item), body(item, "First edit", seen), token)
                        .status())
                .isEqualTo(200);

        var stale = api.put(paths.get(item), body(item, "Stale edit", seen), token);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(valueOf(item)).isEqualTo("First edit");
    }

    @ParameterizedTest
    @EnumSource(Item.class)
    void put_with_a_stale_if_match_fails_the_precondition_and_overwrites_nothing(Item item) {
        var etag = api.get(paths.get(item), token).header("ETag");
        assertThat(catalog.putWithIfMatch(paths.get(item), body(item, "First edit", null), etag, token)
                        .status())
                .isEqualTo(200);

        var stale = catalog.putWithIfMatch(paths.get(item), body(item, "Stale edit", null), etag, token);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(valueOf(item)).isEqualTo("First edit");
    }

    @ParameterizedTest
    @EnumSource(Item.class)
    void put_without_any_version_is_refused_as_precondition_required(Item item) {
        var before = valueOf(item);

        var response = api.put(paths.get(item), body(item, "Blind edit", null), token);

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(valueOf(item)).isEqualTo(before);
    }

    private Map<String, Object> body(Item item, String value, Long version) {
        var body = new LinkedHashMap<String, Object>();
        body.put(item.field, value);
        if (item == Item.QUESTION) {
            body.put("difficulty", "EASY");
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private long versionOf(Item item) {
        return api.get(paths.get(item), token).json().get("version").asLong();
    }

    private String valueOf(Item item) {
        return api.get(paths.get(item), token).json().get(item.field).asString();
    }
}
