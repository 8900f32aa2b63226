package com.mockmate.resume.service;

import com.mockmate.resume.domain.Resume;
import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.resume.pdf.ResumePdfRenderer;
import com.mockmate.storage.BlobContent;
import com.mockmate.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A résumé's two files in the blob store: the PDF an ATS reads and the JSON Resume document it was rendered from (so
 * that a download of the data never needs the database).
 */
@Component
class ResumeFiles {

    /** Presigned download URLs are short-lived: long enough to start a download, too short to pass around. */
    static final Duration URL_VALIDITY = Duration.ofMinutes(15);

    private final BlobStore blobs;
    private final ResumePdfRenderer renderer;
    private final JsonMapper mapper;

    ResumeFiles(BlobStore blobs, ResumePdfRenderer renderer, JsonMapper mapper) {
        this.blobs = blobs;
        this.renderer = renderer;
        this.mapper = mapper;
    }

    /** Renders and stores both files, replacing earlier ones; returns the PDF's size. */
    long store(Resume resume, ResumeContent content) {
        var pdf = renderer.render(content);
        var json = mapper.writeValueAsBytes(content);
        blobs.put(resume.jsonKey(), new ByteArrayInputStream(json), json.length, "application/json");
        blobs.put(resume.pdfKey(), new ByteArrayInputStream(pdf), pdf.length, "application/pdf");
        return pdf.length;
    }

    Optional<BlobContent> pdf(Resume resume) {
        return blobs.get(resume.pdfKey());
    }

    Optional<URI> pdfUrl(Resume resume, String fileName) {
        return blobs.downloadUrl(resume.pdfKey(), URL_VALIDITY, fileName);
    }

    void delete(Resume resume) {
        blobs.delete(resume.pdfKey());
        blobs.delete(resume.jsonKey());
    }
}
