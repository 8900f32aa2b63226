package com.mockmate.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 store against a real S3 protocol server: s3proxy in this JVM, objects held in memory, SigV4 checked. */
class S3BlobStoreTest extends BlobStoreContract {

    private static final String ACCESS_KEY = "test-access";
    private static final String SECRET_KEY = "test-secret";
    private static final String BUCKET = "mockmate-test";

    private static S3Proxy server;
    private static S3Client client;
    private static S3Presigner presigner;

    private S3BlobStore store;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        server.start();
        var properties = new StorageProperties.S3(BUCKET, "us-east-1", "http://127.0.0.1:" + server.getPort(), null);
        client = StorageConfig.s3Client(
                properties, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
        presigner = StorageConfig.s3Presigner(
                properties, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
        client.createBucket(r -> r.bucket(BUCKET));
    }

    @AfterAll
    static void stopServer() throws Exception {
        presigner.close();
        client.close();
        server.stop();
    }

    @BeforeEach
    void createStore() {
        store = new S3BlobStore(client, presigner, BUCKET);
    }

    @AfterEach
    void emptyBucket() {
        client.listObjectsV2Paginator(r -> r.bucket(BUCKET))
                .contents()
                .forEach(o -> client.deleteObject(r -> r.bucket(BUCKET).key(o.key())));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void delete_by_prefix_works_across_several_batches() {
        int count = S3BlobStore.DELETE_BATCH_SIZE + 5;
        for (int i = 0; i < count; i++) {
            store.put("bulk/" + i, new ByteArrayInputStream(new byte[] {1}), 1, "application/octet-stream");
        }
        store.put("kept/1", new ByteArrayInputStream(new byte[] {1}), 1, "application/octet-stream");

        store.deleteByPrefix("bulk/");

        assertThat(client.listObjectsV2(r -> r.bucket(BUCKET).prefix("bulk/")).keyCount())
                .isZero();
        assertThat(store.exists("kept/1")).isTrue();
    }

    @Test
    void a_download_url_fetches_the_blob_without_credentials_and_names_the_file() throws Exception {
        byte[] pdf = "%PDF-1.7 résumé".getBytes(StandardCharsets.UTF_8);
        store.put("resumes/u1/r1.pdf", new ByteArrayInputStream(pdf), pdf.length, "application/pdf");

        var url = store.downloadUrl("resumes/u1/r1.pdf", Duration.ofMinutes(10), "jane-doe-resume.pdf")
                .orElseThrow();

        assertThat(url.getQuery()).contains("X-Amz-Expires=600").contains("X-Amz-Signature=");
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(pdf);
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(value -> assertThat(value).contains("jane-doe-resume.pdf"));
        }
    }

    @Test
    void a_download_url_is_valid_for_at_most_fifteen_minutes() {
        var url =
                store.downloadUrl("any/key.pdf", Duration.ofHours(2), "key.pdf").orElseThrow();

        assertThat(url.getQuery()).contains("X-Amz-Expires=900");
    }

    @Test
    void a_tampered_download_url_is_refused() throws Exception {
        store.put("resumes/u1/r2.pdf", new ByteArrayInputStream(new byte[] {1, 2}), 2, "application/pdf");
        var url = store.downloadUrl("resumes/u1/r2.pdf", Duration.ofMinutes(5), "r2.pdf")
                .orElseThrow();
        var tampered = URI.create(url.toString().replace("resumes/u1/r2.pdf", "resumes/u2/r2.pdf"));

        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(403);
        }
    }
}
