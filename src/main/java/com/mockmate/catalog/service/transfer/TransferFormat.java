package com.mockmate.catalog.service.transfer;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The file formats of question import and export. */
public enum TransferFormat {
    CSV("text/csv", "csv"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    TransferFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** From a content type or a file name; null when neither says. */
    public static @Nullable TransferFormat detect(@Nullable String contentType, @Nullable String fileName) {
        var type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("csv") || name.endsWith(".csv")) {
            return CSV;
        }
        if (type.contains("json") || name.endsWith(".json")) {
            return JSON;
        }
        return null;
    }
}
