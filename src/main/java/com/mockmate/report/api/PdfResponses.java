package com.mockmate.report.api;

import com.mockmate.storage.BlobContent;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored PDF streamed as a response, whether its owner downloads it or a mentor opens it through a share link. */
final class PdfResponses {

    private PdfResponses() {}

    static ResponseEntity<InputStreamResource> of(
            BlobContent pdf, ContentDisposition disposition, HttpHeaders extraHeaders) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length())
                .headers(extraHeaders)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new InputStreamResource(pdf.stream()));
    }
}
