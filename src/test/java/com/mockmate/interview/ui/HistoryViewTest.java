package com.mockmate.interview.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.interview.domain.SessionStatus;
import com.mockmate.interview.service.InterviewService;
import com.mockmate.support.BrowserlessTest;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.ScoredInterviews;
import com.mockmate.user.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The history's rows show that they open something, open with Enter, and stay readable on a phone; filters, sorting
 * and paging happen in the database.
 */
@IntegrationTest
class HistoryViewTest extends BrowserlessTest {

    @Autowired
    InterviewService interviews;

    @Autowired
    Clock clock;

    /** Test, kind (practice or test), started, status, score: the fifth column. */
    static final int SCORE_COLUMN = 4;

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

    @Test
    void filters_by_topic_start_date_and_status() {
        var candidate = signInAsNew(Role.USER);
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var sql = history.question("SQL & Databases", 0);
        var today = LocalDate.now(clock);
        history.completed(candidate.id(), noon(today.minusDays(5)), java.answered("good", 80, 80, 80, 80, 80));
        history.completed(candidate.id(), noon(today.minusDays(1)), sql.answered("fair", 60, 60, 60, 60, 60));
        history.inProgress(candidate.id(), noon(today), java.answered("good", 70, 70, 70, 70, 70));
        openHistoryAfresh();
        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(view.topic.getListDataView().getItems().map(HistoryView.TopicChoice::name))
                .containsExactly("Java", "SQL & Databases");

        _setValue(view.topic, new HistoryView.TopicChoice(java.topicId(), "Java"));
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.matches.getText()).isEqualTo("2 interviews match");

        _setValue(view.status, SessionStatus.COMPLETED);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("80");

        _click(view.clear);
        _setValue(view.from, today.minusDays(1));
        _setValue(view.to, today.minusDays(1));
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("60");

        _setValue(view.to, today.minusDays(3));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(_size(view.grid)).as("the reversed range is not applied").isEqualTo(1);

        _click(view.clear);
        _setValue(view.status, SessionStatus.ABANDONED);
        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No interviews match these filters.");
    }

    @Test
    void sorts_by_score_in_the_database_and_pages_through_hundreds_of_interviews() {
        var candidate = signInAsNew(Role.USER);
        var history = new ScoredInterviews(jdbc);
        var java = history.question("Java", 0);
        var today = LocalDate.now(clock);
        for (int i = 0; i < 120; i++) {
            double score = (i * 37) % 101;
            history.completed(
                    candidate.id(), noon(today.minusDays(i)), java.answered("good", score, score, score, score, score));
        }
        UI.getCurrent().navigate("history");
        view = _get(HistoryView.class);

        assertThat(_size(view.grid)).isEqualTo(120);
        assertThat(_getFormattedRow(view.grid, 119))
                .as("the last row, several pages down")
                .isNotEmpty();
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("score"), SortDirection.DESCENDING)));
        assertThat(_getFormattedRow(view.grid, 0).get(SCORE_COLUMN)).isEqualTo("100");
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("score"), SortDirection.ASCENDING)));
        assertThat(_getFormattedRow(view.grid, 0).get(SCORE_COLUMN)).isEqualTo("0");
    }

    /** Vaadin reuses the view of the route already shown (the set-up's user's); a detour builds a new one. */
    private void openHistoryAfresh() {
        UI.getCurrent().navigate("assessments");
        UI.getCurrent().navigate("history");
        view = _get(HistoryView.class);
    }

    private Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    private List<String> visibleColumns() {
        return view.grid.getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }
}
