package com.mockmate.interview.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.interview.domain.QuestionScores;
import com.mockmate.interview.service.AttemptComparison;
import com.mockmate.interview.service.PracticeService;
import com.mockmate.interview.service.QuestionAttempt;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * Two of the candidate's attempts at one question side by side: scores and their changes, key points newly covered
 * or lost, length and pace, and both answers. {@code ?a=&b=} name the attempts' sessions; without them, the latest
 * attempt and the one before it.
 */
@Route("attempts/:questionId/compare")
@PageTitle("Compare attempts | MockMate")
@PermitAll
@StyleSheet("styles/practice.css")
public class CompareAttemptsView extends VerticalLayout implements BeforeEnterObserver {

    private final ServiceRef<PracticeService> practice;

    CompareAttemptsView(PracticeService practiceService) {
        this.practice = ServiceRef.of(PracticeService.class, practiceService);
        addClassNames("mm-page", "mm-compare");
    }

    static String path(UUID questionId) {
        return "attempts/" + questionId + "/compare";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var questionId = uuid(event.getRouteParameters().get("questionId"));
        var query = event.getLocation().getQueryParameters();
        if (questionId == null) {
            notFound("This address does not name a question.");
            return;
        }
        try {
            var actor = AuthenticatedUser.required();
            var comparison = practice.get()
                    .compare(
                            actor,
                            questionId,
                            uuid(query.getSingleParameter("a")),
                            uuid(query.getSingleParameter("b")));
            show(comparison, practice.get().attempts(actor, questionId));
        } catch (ErrorResponseException e) {
            notFound(e.getBody().getDetail());
        }
    }

    private void notFound(@Nullable String detail) {
        add(new H2("Nothing to compare"), new Paragraph(detail), back());
    }

    private void show(AttemptComparison comparison, List<QuestionAttempt> attempts) {
        // Arriving from the bottom of the results, the layout's content area would keep their scroll position. It is
        // that area that scrolls, not the window, so the view scrolls itself into it once it is in the page.
        getElement().executeJs("setTimeout(() => this.scrollIntoView({block: 'start'}))");
        var question = new Paragraph(comparison.questionText());
        question.addClassName("mm-question-text");
        add(new H2("Compare attempts"), question, pickers(comparison, attempts), new AttemptTable(comparison));
        add(keyPoints(comparison), answers(comparison), back(comparison));
    }

    /** Any two attempts can be compared; choosing one reloads the page with the pair in its address. */
    private HorizontalLayout pickers(AttemptComparison comparison, List<QuestionAttempt> attempts) {
        var earlier = picker("Earlier attempt", attempts, comparison.before().attempt());
        var later = picker("Later attempt", attempts, comparison.after().attempt());
        var questionId = comparison.questionId();
        earlier.addValueChangeListener(e -> compare(questionId, e.getValue(), later.getValue()));
        later.addValueChangeListener(e -> compare(questionId, earlier.getValue(), e.getValue()));
        var pickers = new HorizontalLayout(earlier, later);
        pickers.addClassName("mm-compare-pickers");
        return pickers;
    }

    private static Select<QuestionAttempt> picker(String label, List<QuestionAttempt> attempts, QuestionAttempt value) {
        var select = new Select<QuestionAttempt>();
        select.setLabel(label);
        select.setItems(attempts);
        select.setItemLabelGenerator(
                a -> AttemptTable.WHEN.format(a.answeredAt().atZone(ZoneId.systemDefault()))
                        + (a.practice() ? " · practice · " : " · test · ")
                        + QuestionScores.shown(a.scores().total()));
        select.setValue(value);
        select.setWidth("19em");
        return select;
    }

    private void compare(UUID questionId, QuestionAttempt first, QuestionAttempt second) {
        if (first.sessionId().equals(second.sessionId())) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(
                path(questionId),
                QueryParameters.simple(Map.of(
                        "a", first.sessionId().toString(),
                        "b", second.sessionId().toString()))));
    }

    private static Div keyPoints(AttemptComparison comparison) {
        var after = comparison.after().keyPoints();
        var box = new Div(new H3("Key points"));
        box.addClassName("mm-compare-key-points");
        if (after.covered().isEmpty() && after.missed().isEmpty()) {
            box.add(hint("This question has no key points to compare."));
            return box;
        }
        var kept = after.covered().stream()
                .filter(point -> !comparison.newlyCovered().contains(point))
                .toList();
        var stillMissing = after.missed().stream()
                .filter(point -> !comparison.lost().contains(point))
                .toList();
        var lists = new Div(
                points("Newly covered", "✓", comparison.newlyCovered(), "mm-point-new"),
                points("No longer covered", "✗", comparison.lost(), "mm-point-lost"));
        // What did not change is shown only when there is some: an empty list would only add noise.
        if (!kept.isEmpty()) {
            lists.add(points("Covered both times", "✓", kept, "mm-point-kept"));
        }
        if (!stillMissing.isEmpty()) {
            lists.add(points("Still missing", "✗", stillMissing, "mm-point-missing"));
        }
        lists.addClassName("mm-compare-point-lists");
        box.add(lists, hint("Key points are matched by their words, as the offline evaluator does, in both answers."));
        return box;
    }

    private static Div points(String title, String mark, List<String> points, String className) {
        var box = new Div(new Span(title + " (" + points.size() + ")"));
        box.addClassNames("mm-compare-points", className);
        if (points.isEmpty()) {
            box.add(hint("None"));
            return box;
        }
        var list = new UnorderedList();
        points.forEach(point -> {
            var markSpan = new Span(mark);
            markSpan.getElement().setAttribute("aria-hidden", "true");
            list.add(new ListItem(markSpan, new Span(point)));
        });
        box.add(list);
        return box;
    }

    private static Div answers(AttemptComparison comparison) {
        var box = new Div(
                answer("Earlier answer", comparison.before().answer()),
                answer("Later answer", comparison.after().answer()));
        box.addClassName("mm-compare-answers");
        return box;
    }

    private static NativeDetails answer(String title, String text) {
        var content = new Div();
        for (var paragraph : text.split("\\n\\s*\\n")) {
            content.add(new Paragraph(paragraph.strip()));
        }
        return new NativeDetails(title, content);
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("mm-hint");
        return hint;
    }

    private HorizontalLayout back(AttemptComparison comparison) {
        var sessionId = comparison.after().attempt().sessionId();
        var results = new Button(
                "Results of the later attempt", e -> getUI().ifPresent(ui -> ui.navigate("results/" + sessionId)));
        var steps = back();
        steps.addComponentAsFirst(results);
        return steps;
    }

    private HorizontalLayout back() {
        var history = new Button("My interviews", e -> getUI().ifPresent(ui -> ui.navigate("history")));
        var steps = new HorizontalLayout(history);
        steps.addClassName("mm-next-steps");
        return steps;
    }

    private static @Nullable UUID uuid(Optional<String> value) {
        try {
            return value.map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
