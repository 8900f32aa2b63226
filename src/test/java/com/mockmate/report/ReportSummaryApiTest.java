package com.mockmate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mockmate.interview.job.SessionSummaryJob;
import com.mockmate.report.job.ReportPdfJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The written summary in the report and its PDF: being written at first, then who wrote it and what it says. */
@IntegrationTest
class ReportSummaryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionSummaryJob summaryJob;

    @Autowired
    ReportPdfJob pdfJob;

    ApiClient api;
    String token;

    @BeforeEach
    void candidate() {
        api = new ApiClient(port);
        token = Accounts.newCandidateToken(api, "summary");
    }

    @Test
    void the_report_says_the_summary_is_being_written_then_holds_it_with_its_author() throws Exception {
        var sessionId = Interviews.startWarmUp(api, jdbc, token);
        var question = api.get("/api/v1/sessions/" + sessionId, token).json().get("currentQuestion");
        var exampleAnswer = jdbc.queryForObject(
                "SELECT reference_answer FROM questions WHERE id = ?",
                String.class,
                UUID.fromString(question.get("id").asString()));
        Interviews.awaitTurn(
                api, token, sessionId, Interviews.answer(api, token, sessionId, exampleAnswer, "w1"), "EVALUATED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.post("/api/v1/sessions/" + sessionId + "/finish", Map.of(), token)
                                .status()
                        == 200);
        var reportPath = "/api/v1/sessions/" + sessionId + "/report";

        var writing = api.get(reportPath, token).json().get("writtenSummary");
        assertThat(writing.get("status").asString()).isEqualTo("WRITING");
        assertThat(writing.get("writtenBy").isNull()).isTrue();
        assertThat(writing.get("strengths").size()).isZero();

        summaryJob.write(UUID.fromString(sessionId));

        var report = api.get(reportPath, token).json();
        assertThat(report.has("overallFeedback"))
                .as("the views' shortcut is not part of the API")
                .isFalse();
        var written = report.get("writtenSummary");
        assertThat(written.get("status").asString()).isEqualTo("READY");
        assertThat(written.get("overallFeedback").asString()).contains("out of 100");
        assertThat(written.get("strengths").size()).isEqualTo(3);
        assertThat(written.get("improvements").size()).isEqualTo(3);
        assertThat(written.get("improvements").get(0).get("improvement").asString())
                .isNotBlank();
        assertThat(written.get("improvements").get(0).get("nextStep").asString())
                .isNotBlank();
        var topic = written.get("recommendedNextTopic").asString();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM topics WHERE name = ?", Integer.class, topic))
                .isEqualTo(1);
        var writtenBy = written.get("writtenBy");
        assertThat(writtenBy.get("label").asString()).isEqualTo("Offline summary");
        assertThat(writtenBy.get("provider").asString()).isEqualTo("offline");
        assertThat(writtenBy.get("promptVersion").asString()).isEqualTo("offline-summary-v1");
        assertThat(written.get("failureReason").isNull()).isTrue();

        assertThat(api.post(reportPath + "/pdf", Map.of(), token).status()).isEqualTo(202);
        pdfJob.render(UUID.fromString(sessionId));
        var pdf = api.getBytes(reportPath + "/pdf", token);
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Written by: Offline summary")
                    .contains(written.get("strengths").get(0).asString())
                    .contains("Next step: "
                            + written.get("improvements").get(0).get("nextStep").asString())
                    .contains("Recommended next topic: " + topic);
        }
    }
}
