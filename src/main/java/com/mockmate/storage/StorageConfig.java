package com.mockmate.storage;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The one {@link BlobStore} of the application, chosen by MOCKMATE_STORAGE. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    private static final Logger log = LoggerFactory.getLogger(StorageConfig.class);

    // Spring closes the S3 store (and with it the client) on shutdown through its inferred close() method.
    @Bean
    BlobStore blobStore(StorageProperties properties) {
        return switch (properties.type()) {
            case LOCAL -> {
                log.info("Blob storage: local directory {}", properties.dir().toAbsolutePath());
                yield new LocalBlobStore(properties.dir());
            }
            case S3 -> {
                StorageProperties.S3 s3 = properties.s3();
                if (s3.bucket().isEmpty()) {
                    throw new IllegalStateException("MOCKMATE_STORAGE=s3 needs S3_BUCKET (mockmate.storage.s3.bucket)");
                }
                log.info(
                        "Blob storage: S3 bucket {} in {}{}",
                        s3.bucket(),
                        s3.region(),
                        s3.hasEndpoint() ? " at " + s3.endpoint() : "");
                var credentials = DefaultCredentialsProvider.builder().build();
                yield new S3BlobStore(s3Client(s3, credentials), s3Presigner(s3, credentials), s3.bucket());
            }
        };
    }

    static S3Client s3Client(StorageProperties.S3 s3, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(s3.usePathStyle());
        if (s3.hasEndpoint()) {
            // Since SDK 2.30 every upload carries a CRC checksum that many S3-compatible servers reject; send
            // checksums only where the S3 API requires them.
            builder.endpointOverride(URI.create(s3.endpoint()))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    /** Signs download URLs for the same bucket, endpoint and addressing style as {@link #s3Client}. */
    static S3Presigner s3Presigner(StorageProperties.S3 s3, AwsCredentialsProvider credentials) {
        var builder = S3Presigner.builder()
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(s3.usePathStyle())
                        .build());
        if (s3.hasEndpoint()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }
}
