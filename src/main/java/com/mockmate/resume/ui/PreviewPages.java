package com.mockmate.resume.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.resume.service.Resumes;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The PDF's pages as images, as the candidate will see the file. The images are fetched by the browser after the page
 * is drawn; the pages rendered to count them are kept until then (in memory only, never in the stored session), so
 * that each is not rendered twice.
 */
class PreviewPages extends Div {

    private final ServiceRef<Resumes> resumes;
    private final AuthenticatedUser actor;
    private final UUID resumeId;
    private transient @Nullable List<byte[]> rendered;

    PreviewPages(ServiceRef<Resumes> resumes, AuthenticatedUser actor, UUID resumeId) {
        this.resumes = resumes;
        this.actor = actor;
        this.resumeId = resumeId;
        addClassName("mm-resume-pages");
        var pages = resumes.get().previewPages(actor, resumeId);
        rendered = new ArrayList<>(pages);
        for (int i = 0; i < pages.size(); i++) {
            var alt = "Page " + (i + 1) + " of your résumé";
            var image =
                    new Image(DownloadHandler.fromInputStream(new Page(this, i)).inline(), alt);
            image.addClassName("mm-resume-page");
            image.getElement().setAttribute("loading", "lazy");
            add(image);
        }
    }

    int count() {
        return getComponentCount();
    }

    /** A page's PNG: the one rendered for this view if not yet sent, otherwise rendered again (e.g. on a reload). */
    private synchronized byte[] page(int index) {
        var kept = rendered;
        if (kept != null && index < kept.size() && kept.get(index) != null) {
            var bytes = kept.get(index);
            kept.set(index, null);
            return bytes;
        }
        return resumes.get().previewPages(actor, resumeId).get(index);
    }

    /** A class, not a lambda, so the handler survives the session's serialization. */
    private record Page(PreviewPages pages, int index) implements InputStreamDownloadCallback {

        @Override
        public DownloadResponse complete(DownloadEvent event) {
            try {
                var png = pages.page(index);
                return new DownloadResponse(
                        new ByteArrayInputStream(png), "resume-page-" + (index + 1) + ".png", "image/png", png.length);
            } catch (ErrorResponseException e) {
                return DownloadResponse.error(e.getStatusCode().value());
            } catch (IndexOutOfBoundsException e) {
                return DownloadResponse.error(404);
            }
        }
    }
}
