package com.mockmate.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Binding and bean choice without the whole application (no database or Redis needed). */
class StorageConfigTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class, StorageConfig.class);

    @Test
    void defaults_to_the_local_store_in_the_configured_directory() {
        runner.withPropertyValues("mockmate.storage.dir=" + dir).run(context -> {
            assertThat(context).hasSingleBean(BlobStore.class);
            assertThat(context.getBean(BlobStore.class)).isInstanceOf(LocalBlobStore.class);
            assertThat(context.getBean(StorageProperties.class).type()).isEqualTo(StorageProperties.Type.LOCAL);
        });
    }

    @Test
    void s3_without_a_bucket_fails_start_up_and_says_what_is_missing() {
        runner.withPropertyValues("mockmate.storage.type=s3")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("S3_BUCKET"));
    }

    @Test
    void s3_with_a_bucket_builds_the_s3_store() {
        runner.withPropertyValues(
                        "mockmate.storage.type=s3",
                        "mockmate.storage.s3.bucket=b",
                        "mockmate.storage.s3.endpoint=http://127.0.0.1:1",
                        "mockmate.storage.s3.path-style=")
                .run(context -> {
                    assertThat(context.getBean(BlobStore.class)).isInstanceOf(S3BlobStore.class);
                    StorageProperties.S3 s3 =
                            context.getBean(StorageProperties.class).s3();
                    assertThat(s3.usePathStyle()).isTrue();
                    assertThat(s3.region()).isEqualTo("us-east-1");
                });
    }

    @Test
    void path_style_can_be_turned_off_for_an_endpoint() {
        var s3 = new StorageProperties.S3("b", "eu-west-1", "https://s3.example.test", false);

        assertThat(s3.usePathStyle()).isFalse();
        assertThat(new StorageProperties.S3("b", "eu-west-1", "", null).usePathStyle())
                .isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StorageProperties.class)
    static class PropertiesOnly {}
}
