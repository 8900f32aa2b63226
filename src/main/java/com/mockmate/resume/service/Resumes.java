package com.mockmate.resume.service;

import com.mockmate.resume.domain.ResumeContent;
import com.mockmate.storage.BlobContent;
import com.mockmate.user.domain.AuthenticatedUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** SKELETON of the facade: signatures fixed, bodies being written in main. */
@Service
public class Resumes {

    /** Queues a new résumé (202 QUEUED); a background job writes, checks and renders it. */
    public ResumeSummary request(AuthenticatedUser actor, ResumeRequest request) {
        throw new UnsupportedOperationException();
    }

    /** The candidate's résumés, newest first. */
    public List<ResumeSummary> list(AuthenticatedUser actor) {
        throw new UnsupportedOperationException();
    }

    /** @throws com.mockmate.base.error.NotFoundException for an unknown id or someone else's résumé */
    public ResumeDetails get(AuthenticatedUser actor, UUID id) {
        throw new UnsupportedOperationException();
    }

    /**
     * Saves the candidate's edit and renders the PDF again (synchronously: it takes milliseconds).
     *
     * @throws InvalidResumeException with field errors when the content breaks the schema or invents facts
     * @throws com.mockmate.base.error.ConflictException while the résumé is still being generated
     */
    public ResumeDetails update(AuthenticatedUser actor, UUID id, ResumeContent content) {
        throw new UnsupportedOperationException();
    }

    public void delete(AuthenticatedUser actor, UUID id) {
        throw new UnsupportedOperationException();
    }

    /** The PDF's bytes; the caller closes it. @throws com.mockmate.base.error.ConflictException unless READY */
    public BlobContent pdf(AuthenticatedUser actor, UUID id) {
        throw new UnsupportedOperationException();
    }

    /** Each page of the PDF as a PNG image, for the preview. */
    public List<byte[]> previewPages(AuthenticatedUser actor, UUID id) {
        throw new UnsupportedOperationException();
    }
}
