package com.mockmate.report;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.audit.AuditAction;
import com.mockmate.report.job.ReportPdfJob;
import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.Interviews;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A share link opens the report without login until it expires or is revoked; only its hash is stored. */
@IntegrationTest
class ShareLinksApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportPdfJob pdfJob;

    ApiClient api;
    String token;
    String sessionId;

    @BeforeEach
    void completedInterview() {
        api = new ApiClient(port);
        token = Accounts.newCandidateToken(api, "share");
        sessionId = Interviews.startWarmUp(api, jdbc, token);
        Interviews.awaitTurn(
                api,
                token,
                sessionId,
                Interviews.answer(api, token, sessionId, ReportApiTest.HASH_MAP_ANSWER, "s1"),
                "EVALUATED");
    }

    @Test
    void a_link_opens_the_report_and_its_pdf_without_login_until_it_is_revoked() {
        assertProblem(share(7), 409);
        Interviews.finish(api, token, sessionId);
        assertProblem(share(0), 400);
        assertProblem(share(31), 400);

        var created = share(7);
        assertThat(created.status()).isEqualTo(201);
        var url = created.json().get("url").asString();
        var linkToken = url.substring(url.lastIndexOf('/') + 1);
        assertThat(url).contains("/shared/");
        assertThat(java.util.Base64.getUrlDecoder().decode(linkToken)).hasSizeGreaterThanOrEqualTo(16);
        var linkId = created.json().get("id").asString();
        assertThat(jdbc.queryForObject("SELECT token_hash FROM share_links WHERE id = ?::uuid", String.class, linkId))
                .hasSize(64)
                .doesNotContain(linkToken);

        var shared = api.get("/api/v1/shared/" + linkToken, null);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.header("X-Robots-Tag")).contains("noindex");
        assertThat(shared.json().get("report").get("sessionId").asString()).isEqualTo(sessionId);
        assertThat(shared.json().get("pdfReady").asBoolean()).isFalse();
        assertThat(shared.body()).doesNotContain("recording");
        assertProblem(api.get("/api/v1/shared/" + linkToken + "/pdf", null), 409);

        pdfJob.render(UUID.fromString(sessionId));
        var pdf = api.getBytes("/api/v1/shared/" + linkToken + "/pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");

        var page = api.get("/shared/" + linkToken, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Robots-Tag")).contains("noindex");

        var stranger = Accounts.newCandidateToken(api, "thief");
        assertProblem(api.delete("/api/v1/shares/" + linkId, stranger), 404);
        assertThat(api.get("/api/v1/shares", token)
                        .json()
                        .get(0)
                        .get("openCount")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.delete("/api/v1/shares/" + linkId, token).status()).isEqualTo(204);

        var revoked = assertProblem(api.get("/api/v1/shared/" + linkToken, null), 410);
        assertThat(revoked.body()).contains("withdrawn");
        assertProblem(api.get("/api/v1/shared/" + linkToken + "/pdf", null), 410);
        assertThat(api.get("/shared/" + linkToken, null).status()).isEqualTo(410);
        assertProblem(api.get("/api/v1/shared/not-a-token", null), 404);

        assertThat(AuditLogs.actions(jdbc, linkId))
                .contains(
                        AuditAction.SHARE_LINK_CREATED.name(),
                        AuditAction.SHARE_LINK_OPENED.name(),
                        AuditAction.SHARE_LINK_REVOKED.name());
    }

    @Test
    void an_expired_link_answers_410_with_a_readable_message() {
        Interviews.finish(api, token, sessionId);
        var url = share(1).json().get("url").asString();
        var linkToken = url.substring(url.lastIndexOf('/') + 1);
        jdbc.update("UPDATE share_links SET expires_at = now() - interval '1 minute'");

        var expired = assertProblem(api.get("/api/v1/shared/" + linkToken, null), 410);
        assertThat(expired.body()).contains("expired");
        var page = api.get("/shared/" + linkToken, null);
        assertThat(page.status()).isEqualTo(410);
    }

    private ApiClient.Response share(int days) {
        return api.post("/api/v1/sessions/" + sessionId + "/shares", Map.of("expiresInDays", days), token);
    }
}
