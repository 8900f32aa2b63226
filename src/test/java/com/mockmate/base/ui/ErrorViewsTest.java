package com.mockmate.base.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** Vaadin's own error views, replaced by MockMate's: the same look as the app, and nothing about the server. */
@IntegrationTest
class ErrorViewsTest extends BrowserlessTest {

    /**
     * Rendered directly: Karibu's router does not show error views for an unknown route, and over HTTP Spring Security
     * already refuses a path that is no view (see ErrorPagesTest). Links inside the application can still lead here.
     */
    @Test
    void the_not_found_view_is_mockmates_page() {
        var view = new NotFoundView();

        assertThat(view.setErrorParameter(null, null)).isEqualTo(404);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Page not found");
        assertThat(get_textRecursively(view))
                .contains("Error 404", "There is nothing at this address")
                .doesNotContain("no/such/page", "Available routes", "Could not navigate");
        assertThat(_get(view, Anchor.class, spec -> spec.withText("Go to MockMate"))
                        .getHref())
                .isEmpty();
    }

    @Test
    void a_view_that_fails_to_open_shows_a_friendly_page_without_the_exception() {
        // The voice test harness parses ?max-kb as a number: a word makes its beforeEnter throw.
        UI.getCurrent().navigate("test-harness/voice", QueryParameters.of("max-kb", "secret-detail"));

        var view = _get(InternalErrorView.class);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Something went wrong");
        assertThat(get_textRecursively(view))
                .contains("Error 500", "Please try again in a moment")
                .doesNotContain("secret-detail", "NumberFormatException", "Exception", "at com.");
    }
}
