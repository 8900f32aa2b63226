package com.mockmate.report;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.report.job.ReportPdfJob;
import com.mockmate.storage.BlobStore;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The report of a completed interview: the candidate's alone, and only once the interview is over. */
@IntegrationTest
class ReportApiTest {

    static final String HASH_MAP_ANSWER = "A HashMap computes the key's hashCode to pick a bucket in an array and then"
            + " compares keys with equals inside the bucket. When the load factor is exceeded it resizes and rehashes"
            + " the entries, so get and put stay O(1) on average.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportPdfJob pdfJob;

    @Autowired
    BlobStore blobs;

    ApiClient api;
    String token;

    @BeforeEach
    void candidate() {
        api = new ApiClient(port);
        token = Accounts.newCandidateToken(api, "report");
    }

    @Test
    void a_completed_interview_reports_every_answered_question_with_its_key_points_and_example_answer() {
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        var firstQuestion =
                api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        var modelAnswer = jdbc.queryForObject(
                "SELECT reference_answer FROM questions WHERE id = ?",
                String.class,
                UUID.fromString(firstQuestion.get("id").asString()));
        var turnId = Interviews.answer(api, token, sessionId, modelAnswer, "r1");
        var turn = Interviews.awaitTurn(api, token, sessionId, turnId, "EVALUATED");

        assertProblem(api.get("/api/v1/sessions/" + sessionId + "/report", token), 409);

        Interviews.finish(api, token, sessionId);
        var response = api.get("/api/v1/sessions/" + sessionId + "/report", token);
        assertThat(response.status()).isEqualTo(200);
        var report = response.json();

        assertThat(report.get("sessionId").asString()).isEqualTo(sessionId);
        assertThat(report.get("testTitle").asString()).isEqualTo("Software Engineer Warm-up");
        assertThat(report.get("evaluator").get("label").asString()).isEqualTo("Offline evaluator");
        assertThat(report.get("total").isNumber()).isTrue();
        assertThat(report.get("questions").size()).isEqualTo(1);

        var question = report.get("questions").get(0);
        assertThat(question.get("questionId").asString())
                .isEqualTo(firstQuestion.get("id").asString());
        assertThat(question.get("text").asString())
                .isEqualTo(firstQuestion.get("text").asString());
        var storedKeyPoints =
                storedKeyPoints(UUID.fromString(question.get("questionId").asString()));
        var reportedKeyPoints = new ArrayList<String>();
        question.get("keyPointsCovered").forEach(k -> reportedKeyPoints.add(k.asString()));
        question.get("keyPointsMissed").forEach(k -> reportedKeyPoints.add(k.asString()));
        assertThat(reportedKeyPoints).containsExactlyInAnyOrderElementsOf(storedKeyPoints);
        assertThat(question.get("keyPointsCovered").size()).isPositive();
        assertThat(question.get("exampleAnswer").asString()).isEqualTo(modelAnswer);

        var answer = question.get("answers").get(0);
        assertThat(answer.get("turnId").asString()).isEqualTo(turnId);
        assertThat(answer.get("answer").asString()).isEqualTo(modelAnswer);
        assertThat(answer.get("prompt").asString())
                .isEqualTo(firstQuestion.get("text").asString());
        assertThat(names(answer.get("dimensions"))).containsExactly("technical", "depth", "communication", "grammar");
        assertThat(answer.get("dimensions").get(0).get("rating").asString())
                .isEqualTo(turn.get("evaluation").get("technical").get("rating").asString());
        assertThat(answer.get("dimensions").get(0).get("points").decimalValue())
                .isEqualByComparingTo(turn.get("scores").get("technical").decimalValue());
        assertThat(answer.get("total").decimalValue())
                .isEqualByComparingTo(turn.get("scores").get("total").decimalValue());
        assertThat(answer.get("interviewerReaction").asString())
                .isEqualTo(turn.get("interviewerText").asString());
        for (var dimension : answer.get("dimensions")) {
            assertThat(dimension.get("evidence").isArray()).isTrue();
            assertThat(dimension.get("evidence").size()).isLessThanOrEqualTo(3);
            dimension.get("evidence").forEach(quote -> assertThat(modelAnswer).contains(quote.asString()));
        }
        var technicalEvidence = answer.get("dimensions").get(0).get("evidence");
        assertThat(technicalEvidence.size())
                .as("the offline evaluator quotes the sentences that cover key points")
                .isPositive();
        assertThat(technicalEvidence)
                .isEqualTo(turn.get("evaluation").get("technical").get("evidence"));
    }

    @Test
    void another_user_gets_no_report_and_an_unknown_session_is_not_found() {
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        Interviews.answerAndFinish(api, token, sessionId, HASH_MAP_ANSWER);

        var stranger = Accounts.newCandidateToken(api, "stranger");
        assertProblem(api.get("/api/v1/sessions/" + sessionId + "/report", stranger), 404);
        assertProblem(api.get("/api/v1/sessions/" + UUID.randomUUID() + "/report", token), 404);
        assertThat(api.get("/api/v1/sessions/" + sessionId + "/report", null).status())
                .isEqualTo(401);
    }

    @Test
    void the_pdf_is_rendered_in_the_background_then_holds_every_question_and_score_as_text() throws Exception {
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        var question = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        // The drawn question's own example answer: an on-topic answer, so the ratings quote it.
        var onTopic = jdbc.queryForObject(
                "SELECT reference_answer FROM questions WHERE id = ?",
                String.class,
                UUID.fromString(question.get("id").asString()));
        Interviews.awaitTurn(
                api, token, sessionId, Interviews.answer(api, token, sessionId, onTopic, "p1"), "EVALUATED");
        var pdfPath = "/api/v1/sessions/" + sessionId + "/report/pdf";
        assertProblem(api.post(pdfPath, Map.of(), token), 409);
        Interviews.finish(api, token, sessionId);
        assertProblem(api.get(pdfPath, token), 404);

        var requested = api.post(pdfPath, Map.of(), token);
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM jobrunr_jobs WHERE state = 'ENQUEUED' AND jobasjson LIKE ?"
                                + " AND jobasjson LIKE '%ReportPdfJob%'",
                        Integer.class, "%" + sessionId + "%"))
                .isEqualTo(1);
        var rendering = assertProblem(api.get(pdfPath, token), 409);
        assertThat(rendering.body()).contains("being made");

        pdfJob.render(UUID.fromString(sessionId));

        var download = api.getBytes(pdfPath, token);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        var report = api.get("/api/v1/sessions/" + sessionId + "/report", token).json();
        try (var pdf = Loader.loadPDF(download.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Interview report: Software Engineer Warm-up");
            for (var font : pdf.getPage(0).getResources().getFontNames()) {
                assertThat(pdf.getPage(0).getResources().getFont(font).isEmbedded())
                        .isTrue();
            }
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            var questionHeading = "Question 1: " + question.get("text").asString();
            var total = report.get("total")
                    .decimalValue()
                    .setScale(1, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            assertThat(text)
                    .contains("Total score: " + total + " / 100")
                    .contains(questionHeading)
                    .contains("Example answer");
            assertThat(text.indexOf("Scores by dimension")).isLessThan(text.indexOf(questionHeading));
            for (var dimension :
                    report.get("questions").get(0).get("answers").get(0).get("dimensions")) {
                assertThat(text)
                        .contains(capitalised(dimension.get("name").asString()) + ": "
                                + dimension.get("rating").asString());
                for (var quote : dimension.get("evidence")) {
                    assertThat(text).contains("“" + quote.asString().replaceAll("\\s+", " ") + "”");
                }
            }
            assertThat(text).as("the evidence is quoted in the PDF").contains("From your answer: “");
        }
        assertThat(blobs.exists("reports/" + userId() + "/" + sessionId + ".pdf"))
                .isTrue();
    }

    private UUID userId() {
        return UUID.fromString(
                api.get("/api/v1/users/me", token).json().get("id").asString());
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private List<String> storedKeyPoints(UUID questionId) {
        var json = jdbc.queryForObject("SELECT key_points::text FROM questions WHERE id = ?", String.class, questionId);
        var points = new ArrayList<String>();
        new tools.jackson.databind.ObjectMapper().readTree(json).forEach(k -> points.add(k.asString()));
        return points;
    }

    private static List<String> names(JsonNode dimensions) {
        var names = new ArrayList<String>();
        dimensions.forEach(d -> names.add(d.get("name").asString()));
        return names;
    }
}
