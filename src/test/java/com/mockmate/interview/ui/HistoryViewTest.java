package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.service.InterviewService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/** The history's rows show that they open something, open with Enter, and stay readable on a phone. */
@IntegrationTest
class HistoryViewTest extends BrowserlessTest {

    @Autowired
    InterviewService interviews;

    UUID sessionId;
    HistoryView view;

    @BeforeEach
    void candidateWithAnInterviewInProgress() {
        var candidate = signInAsNew(Role.USER);
        var testId =
                jdbc.queryForObject("SELECT id FROM assessments WHERE title = 'Software Engineer Warm-up'", UUID.class);
        sessionId = interviews.start(candidate, testId).id();
        UI.getCurrent().navigate("history");
        view = _get(HistoryView.class);
    }

    @Test
    void each_row_says_what_a_click_opens_and_the_grid_is_styled_as_clickable() {
        assertThat(view.grid.getClassNames()).contains("mm-clickable-rows");
        assertThat(get_textRecursively(_getCellComponent(view.grid, 0, "open"))).isEqualTo("Resume");
    }

    @Test
    void enter_on_a_focused_row_opens_it() {
        var key = view.grid.getDataCommunicator().getKeyMapper().key(_get(view.grid, 0));
        var event = JsonNodeFactory.instance
                .objectNode()
                .put("event.key === 'Enter'", true)
                .put(HistoryView.FOCUSED_ROW_KEY, key);

        _fireDomEvent(view.grid, "keydown", event);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("interview/" + sessionId);
    }

    @Test
    void on_a_phone_each_interview_is_one_stacked_cell_instead_of_five_truncated_ones() {
        view.useCompactLayout(true);

        assertThat(visibleColumns()).containsExactly("summary", "open");
        assertThat(get_textRecursively(_getCellComponent(view.grid, 0, "summary")))
                .contains("Software Engineer Warm-up", "In progress", "Offline evaluator");

        view.useCompactLayout(false);

        assertThat(visibleColumns()).containsExactly("test", "kind", "started", "status", "score", "evaluator", "open");
    }

    private List<String> visibleColumns() {
        return view.grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }
}
