package com.mockmate.storage;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where blobs live. Bound from MOCKMATE_STORAGE, MOCKMATE_STORAGE_DIR and S3_* (see application.yaml). S3 credentials
 * are deliberately absent: they come from the AWS default provider chain (environment, profile, instance role).
 */
@ConfigurationProperties("mockmate.storage")
public record StorageProperties(
        @DefaultValue("local") Type type,
        @DefaultValue("./data/blobs") Path dir,
        @DefaultValue S3 s3) {

    /** MOCKMATE_STORAGE. */
    public enum Type {
        LOCAL,
        S3
    }

    public record S3(
            @DefaultValue("") String bucket,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("") String endpoint,
            @Nullable Boolean pathStyle) {

        public S3 {
            bucket = bucket.strip();
            region = region.strip();
            endpoint = endpoint.strip();
        }

        public boolean hasEndpoint() {
            return !endpoint.isEmpty();
        }

        /** Path-style unless said otherwise when an endpoint is set: S3-compatible servers rarely have bucket DNS. */
        public boolean usePathStyle() {
            return pathStyle != null ? pathStyle : hasEndpoint();
        }
    }
}
