package com.mockmate.profile.api;

import static com.mockmate.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.mockmate.support.Accounts;
import com.mockmate.support.ApiClient;
import com.mockmate.support.AuditLogs;
import com.mockmate.support.IntegrationTest;
import com.mockmate.support.MultipartBody;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ProfilePhotoApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String token;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        token = Accounts.login(api, Accounts.register(api, "pia.photo")).accessToken();
    }

    @Test
    void the_gps_location_of_an_uploaded_jpeg_is_gone_from_the_stored_photo() {
        var upload = TestImages.jpegWithGps(1600, 1200);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif", TestImages.GPS_MARKER);

        assertThat(putRaw(upload, "image/jpeg").status()).isEqualTo(204);

        var stored = api.getBytes("/api/v1/profile/photo", token);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        var text = new String(stored.body(), StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif").doesNotContain(TestImages.GPS_MARKER);
        assertThat(hasSegment(stored.body(), 0xE1))
                .as("no APP1 (EXIF/XMP) segment")
                .isFalse();
        var image = TestImages.read(stored.body());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(384);
        assertThat(api.get("/api/v1/profile", token).json().get("photoUrl").asString())
                .isEqualTo("/api/v1/profile/photo");
    }

    @Test
    void the_format_comes_from_the_bytes_not_the_declared_type() {
        assertThat(putRaw(TestImages.png(300, 200, true), "image/jpeg").status())
                .isEqualTo(204);
        var stored = api.getBytes("/api/v1/profile/photo", token);
        assertThat(stored.contentType()).as("transparency kept as PNG").isEqualTo("image/png");

        var script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        assertProblem(putRaw(script, "image/png"), 415);
    }

    @Test
    void a_webp_photo_is_read_and_stored_as_jpeg() throws IOException {
        byte[] webp;
        try (var in = getClass().getResourceAsStream("/profile/photo.webp")) {
            webp = in.readAllBytes();
        }

        assertThat(putRaw(webp, "application/octet-stream").status()).isEqualTo(204);

        var stored = api.getBytes("/api/v1/profile/photo", token);
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(TestImages.read(stored.body()).getWidth()).isEqualTo(512);
    }

    @Test
    void a_photo_over_2_mb_is_refused_with_413() {
        var big = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(TestImages.jpeg(10, 10), 0, big, 0, 3);

        assertProblem(putRaw(big, "image/jpeg"), 413);
    }

    @Test
    void a_damaged_image_is_a_400() {
        var damaged = java.util.Arrays.copyOf(TestImages.jpeg(200, 200), 40);

        assertProblem(putRaw(damaged, "image/jpeg"), 400);
    }

    @Test
    void takes_a_multipart_upload_too() {
        var body = new MultipartBody().file("photo", "me.png", "image/png", TestImages.png(100, 100, false));

        var response = api.send(api.request("/api/v1/profile/photo", token)
                .header("Content-Type", body.contentType())
                .PUT(body.publisher()));

        assertThat(response.status()).as(response.body()).isEqualTo(204);
        assertThat(api.getBytes("/api/v1/profile/photo", token).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void the_public_photo_shows_only_while_the_profile_is_public_and_delete_removes_it() {
        putRaw(TestImages.jpeg(100, 100), "image/jpeg");
        var handle = api.get("/api/v1/profile", token).json().get("handle").asString();
        assertThat(api.getBytes("/api/v1/profiles/" + handle + "/photo", null).status())
                .isEqualTo(404);

        api.put("/api/v1/profile", Map.of("handle", handle, "public", true), token);
        assertThat(api.getBytes("/api/v1/profiles/" + handle + "/photo", null).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/profiles/" + handle, null)
                        .json()
                        .get("photoUrl")
                        .asString())
                .isEqualTo("/api/v1/profiles/" + handle + "/photo");

        assertThat(api.delete("/api/v1/profile/photo", token).status()).isEqualTo(204);
        assertThat(api.getBytes("/api/v1/profile/photo", token).status()).isEqualTo(404);
        assertThat(api.getBytes("/api/v1/profiles/" + handle + "/photo", null).status())
                .isEqualTo(404);
        assertThat(AuditLogs.actions(jdbc)).contains("PROFILE_PHOTO_CHANGED", "PROFILE_PHOTO_REMOVED");
    }

    @Test
    void uploading_needs_a_login() {
        assertThat(api.send(api.request("/api/v1/profile/photo", null)
                                .header("Content-Type", "image/jpeg")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(TestImages.jpeg(10, 10))))
                        .status())
                .isEqualTo(401);
    }

    private ApiClient.Response putRaw(byte[] bytes, String contentType) {
        return api.send(api.request("/api/v1/profile/photo", token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Whether the JPEG has a marker segment of this type before its image data. */
    private static boolean hasSegment(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int type = jpeg[i + 1] & 0xFF;
            if (type == marker) {
                return true;
            }
            if (type == 0xDA) {
                return false;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }
}
