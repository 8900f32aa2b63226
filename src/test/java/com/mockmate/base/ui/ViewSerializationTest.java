package com.mockmate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.mockmate.assessment.ui.AssessmentsView;
import com.mockmate.support.BrowserlessUi;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Vaadin session lives in Redis and is serialized after every request, so each view must serialize: a service
 * captured by a field or a lambda breaks every page load with "Cannot serialize".
 */
@IntegrationTest
class ViewSerializationTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void close() {
        BrowserlessUi.stop();
    }

    @Test
    void staff_views_serialize() {
        BrowserlessUi.start(context, BrowserlessUi.account(context, "ines", Role.INSTRUCTOR));
        for (var route : new String[] {"catalog", "builder", "builder/new", "assessments"}) {
            UI.getCurrent().navigate(route);
            assertThatCode(() ->
                            serialize(UI.getCurrent().getChildren().findFirst().orElseThrow()))
                    .as(route)
                    .doesNotThrowAnyException();
        }
    }

    /**
     * Spring Session reads the whole Vaadin session back on the next request, starting wherever the session's object
     * graph leads (download and upload handlers sit in a session-wide registry), so a round trip must work too.
     */
    @Test
    void the_catalog_survives_a_session_round_trip() throws Exception {
        BrowserlessUi.start(context, BrowserlessUi.account(context, "ines", Role.INSTRUCTOR));
        UI.getCurrent().navigate("catalog");

        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(VaadinSession.getCurrent());
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isInstanceOf(VaadinSession.class);
        }
    }

    /** The table views listen to the browser's width (CompactWidth): their listeners sit on the UI's page. */
    @Test
    void table_views_that_follow_the_window_width_serialize_with_their_ui() {
        BrowserlessUi.start(context, BrowserlessUi.account(context, "ada", Role.ADMIN));
        for (var route : new String[] {"history", "flagged-answers", "admin/users", "catalog"}) {
            UI.getCurrent().navigate(route);
            assertThatCode(() -> serialize(UI.getCurrent())).as(route).doesNotThrowAnyException();
        }
    }

    @Test
    void the_candidate_view_serializes() {
        BrowserlessUi.start(context, BrowserlessUi.account(context, "cara", Role.USER));
        UI.getCurrent().navigate(AssessmentsView.class);
        assertThatCode(() -> serialize(UI.getCurrent().getChildren().findFirst().orElseThrow()))
                .doesNotThrowAnyException();
    }

    private static void serialize(Component component) throws Exception {
        try (var out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(component);
        }
    }
}
