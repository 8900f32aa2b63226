package com.mockmate.resume.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.resume.service.ResumeDetails;
import com.mockmate.resume.service.Resumes;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * A finished résumé: who wrote it, the PDF to download, its pages as a preview and, when a job description was given,
 * the keyword match. "Edit" fires {@link EditEvent}; the view swaps in the editor.
 */
class ReadyResume extends Div {

    private final ServiceRef<Resumes> resumes;
    private final AuthenticatedUser actor;
    private final UUID resumeId;
    private final String fileName;

    ReadyResume(ServiceRef<Resumes> resumes, AuthenticatedUser actor, ResumeDetails details, String when) {
        this.resumes = resumes;
        this.actor = actor;
        this.resumeId = details.id();
        this.fileName = Resumes.fileName(details.targetRole());
        addClassName("mm-resume-ready");
        var meta = new Paragraph(when + " · " + writtenBy(details.provider(), details.model(), details.edited()));
        meta.addClassName("mm-resume-meta");
        var download = new Anchor(DownloadHandler.fromInputStream(new Pdf(this)), "Download PDF");
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        download.addClassNames("mm-link-button", "mm-resume-download");
        var edit = new Button("Edit", VaadinIcon.EDIT.create(), event -> fireEvent(new EditEvent(this)));
        var actions = new Div(download, edit);
        actions.addClassName("mm-resume-actions");
        var preview = new PreviewPages(resumes, actor, resumeId);
        var previewBox = new Div(preview);
        previewBox.addClassName("mm-resume-preview");
        previewBox.getElement().setAttribute("aria-label", "Preview of the PDF, " + pages(preview.count()));
        previewBox.getElement().setAttribute("role", "region");
        add(new H3(details.targetRole()), meta, actions);
        if (details.keywordMatch() != null) {
            add(new KeywordMatchPanel(details.keywordMatch()));
        } else {
            var noMatch = new Paragraph("No job description was given, so there is no keyword match. Paste one into a"
                    + " new request to see which of its terms your résumé covers.");
            noMatch.addClassNames("mm-muted", "mm-resume-no-match");
            add(noMatch);
        }
        add(previewBox);
    }

    /** Who wrote the content, said plainly: the offline builder is not an AI, and an edit is the candidate's own. */
    static String writtenBy(@Nullable String provider, @Nullable String model, boolean edited) {
        String author;
        if (provider == null || "offline".equals(provider)) {
            author = "Made by the Offline builder from your profile (no AI model)";
        } else {
            var name = switch (provider) {
                case "gemini" -> "Gemini";
                case "openai" -> "OpenAI-compatible model";
                case "ollama" -> "Ollama";
                default -> provider;
            };
            author = "Written by an AI model: " + name + (model == null ? "" : " · " + model);
        }
        return edited ? author + ", edited by you" : author;
    }

    private static String pages(int count) {
        return count == 1 ? "1 page" : count + " pages";
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    static class EditEvent extends ComponentEvent<ReadyResume> {

        EditEvent(ReadyResume source) {
            super(source, false);
        }
    }

    /** A class, not a lambda, so the handler survives the session's serialization. */
    private record Pdf(ReadyResume view) implements InputStreamDownloadCallback {

        @Override
        public DownloadResponse complete(DownloadEvent event) {
            try {
                var pdf = view.resumes.get().pdf(view.actor, view.resumeId);
                return new DownloadResponse(pdf.stream(), view.fileName, "application/pdf", pdf.length());
            } catch (ErrorResponseException e) {
                return DownloadResponse.error(e.getStatusCode().value());
            }
        }
    }
}
