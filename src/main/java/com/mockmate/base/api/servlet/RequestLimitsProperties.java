package com.mockmate.base.api.servlet;

import com.mockmate.base.api.BodyLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the API reads, per kind of endpoint (see {@link BodyLimit}); bound from
 * MOCKMATE_MAX_JSON_BODY, MOCKMATE_MAX_IMPORT_BODY and MOCKMATE_MAX_UPLOAD_BODY.
 */
@ConfigurationProperties("mockmate.request-limits")
public record RequestLimitsProperties(
        @DefaultValue("64KB") DataSize jsonBody,
        @DefaultValue("5MB") DataSize importBody,
        @DefaultValue("51MB") DataSize uploadBody) {

    public RequestLimitsProperties {
        for (var limit : new DataSize[] {jsonBody, importBody, uploadBody}) {
            if (limit.toBytes() < 1024) {
                throw new IllegalArgumentException(
                        "mockmate.request-limits: every body limit must be at least 1KB, not " + limit);
            }
        }
    }

    public DataSize limitFor(BodyLimit.Kind kind) {
        return switch (kind) {
            case JSON -> jsonBody;
            case IMPORT -> importBody;
            case UPLOAD -> uploadBody;
        };
    }
}
