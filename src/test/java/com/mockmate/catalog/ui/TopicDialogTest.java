package com.mockmate.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topic dialog without Spring. */
class TopicDialogTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void opening_puts_the_cursor_in_the_name_field() {
        var dialog = new TopicDialog(null);

        dialog.open();

        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        assertThat(internals.dumpPendingJavaScriptInvocations()).anySatisfy(js -> {
            assertThat(js.getOwner()).isSameAs(dialog.name.getElement().getNode());
            assertThat(js.getInvocation().getExpression()).contains("focus");
        });
    }
}
