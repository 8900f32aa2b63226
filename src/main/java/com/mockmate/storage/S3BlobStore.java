package com.mockmate.storage;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Blobs as objects in one S3 bucket (or an S3-compatible server's), keys used unchanged as object keys. */
final class S3BlobStore implements BlobStore, AutoCloseable {

    /** S3's limit per DeleteObjects request. */
    static final int DELETE_BATCH_SIZE = 1000;

    /** Presigned URLs live at most this long, whatever a caller asks for. */
    static final Duration MAX_URL_VALIDITY = Duration.ofMinutes(15);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    S3BlobStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public StoredBlob put(String key, InputStream content, long length, String contentType) {
        BlobKeys.requireSafeKey(key);
        String type = BlobKeys.contentTypeOrDefault(contentType);
        // S3 writes are atomic: a failed or short upload never replaces the old object.
        s3.putObject(
                r -> r.bucket(bucket).key(key).contentType(type).contentLength(length),
                RequestBody.fromInputStream(content, length));
        return new StoredBlob(key, length, type);
    }

    @Override
    public Optional<BlobContent> get(String key) {
        BlobKeys.requireSafeKey(key);
        return open(GetObjectRequest.builder().bucket(bucket).key(key).build()).map(in -> {
            GetObjectResponse meta = in.response();
            return new BlobContent(in, contentType(meta), meta.contentLength(), meta.contentLength());
        });
    }

    @Override
    public Optional<BlobContent> getRange(String key, long start, long endInclusive) {
        BlobKeys.requireSafeKey(key);
        BlobKeys.requireValidRange(start, endInclusive);
        GetObjectRequest request = GetObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .range("bytes=" + start + "-" + endInclusive)
                .build();
        try {
            return open(request).map(in -> {
                GetObjectResponse meta = in.response();
                return new BlobContent(in, contentType(meta), meta.contentLength(), totalLength(meta));
            });
        } catch (S3Exception e) {
            if (e.statusCode() == 416) {
                throw new UnsatisfiableRangeException(key, start, objectSize(key));
            }
            throw e;
        }
    }

    @Override
    public boolean exists(String key) {
        BlobKeys.requireSafeKey(key);
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        BlobKeys.requireSafeKey(key);
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public void deleteByPrefix(String prefix) {
        BlobKeys.requireSafePrefix(prefix);
        // One listing page holds at most 1000 keys, which is also the DeleteObjects limit: one batch per page.
        for (ListObjectsV2Response page :
                s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix).maxKeys(DELETE_BATCH_SIZE))) {
            List<ObjectIdentifier> batch = new ArrayList<>();
            for (S3Object object : page.contents()) {
                batch.add(ObjectIdentifier.builder().key(object.key()).build());
            }
            if (!batch.isEmpty()) {
                deleteBatch(batch);
            }
        }
    }

    @Override
    public Optional<URI> downloadUrl(String key, Duration validFor, String fileName) {
        BlobKeys.requireSafeKey(key);
        var validity = validFor.compareTo(MAX_URL_VALIDITY) > 0 ? MAX_URL_VALIDITY : validFor;
        var disposition = ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        var presigned = presigner.presignGetObject(r -> r.signatureDuration(validity)
                .getObjectRequest(
                        get -> get.bucket(bucket).key(key).responseContentDisposition(disposition.toString())));
        return Optional.of(URI.create(presigned.url().toString()));
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    private void deleteBatch(List<ObjectIdentifier> batch) {
        DeleteObjectsResponse response = s3.deleteObjects(r -> r.bucket(bucket)
                .delete(Delete.builder().objects(batch).quiet(true).build()));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            var first = response.errors().getFirst();
            throw new IllegalStateException(
                    "S3 refused to delete " + response.errors().size() + " objects, first " + first.key() + ": "
                            + first.code() + " " + first.message());
        }
    }

    private Optional<ResponseInputStream<GetObjectResponse>> open(GetObjectRequest request) {
        try {
            return Optional.of(s3.getObject(request));
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !isMissingBucket(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private long objectSize(String key) {
        return s3.headObject(r -> r.bucket(bucket).key(key)).contentLength();
    }

    /** A missing bucket is a configuration error, not a missing blob: let it surface. */
    private static boolean isMissingBucket(S3Exception e) {
        return e.awsErrorDetails() != null
                && "NoSuchBucket".equals(e.awsErrorDetails().errorCode());
    }

    private static String contentType(GetObjectResponse meta) {
        return BlobKeys.contentTypeOrDefault(meta.contentType());
    }

    /** "bytes 0-9/1234" → 1234; falls back to the part's own length if a server leaves the header out. */
    private static long totalLength(GetObjectResponse meta) {
        String range = meta.contentRange();
        if (range != null) {
            int slash = range.lastIndexOf('/');
            if (slash >= 0 && !range.endsWith("*")) {
                return Long.parseLong(range.substring(slash + 1).strip());
            }
        }
        return meta.contentLength();
    }
}
