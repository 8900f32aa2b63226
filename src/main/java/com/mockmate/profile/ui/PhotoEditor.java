package com.mockmate.profile.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.profile.service.ProfilePhotos;
import com.mockmate.user.domain.AuthenticatedUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The photo: upload (JPEG, PNG or WebP up to 2 MB; the server re-encodes it without metadata) and remove. The photo is
 * shown through the Vaadin session, since the API's own photo URL needs a token.
 */
class PhotoEditor extends Div {

    private final ServiceRef<ProfilePhotos> photos;
    private final AuthenticatedUser actor;
    private final SerializableRunnable onChange;
    private final Upload upload;
    private final Button remove;
    private boolean hasPhoto;
    private int revision;

    PhotoEditor(
            ServiceRef<ProfilePhotos> photos,
            AuthenticatedUser actor,
            boolean hasPhoto,
            SerializableRunnable onChange) {
        this.photos = photos;
        this.actor = actor;
        this.hasPhoto = hasPhoto;
        this.onChange = onChange;
        addClassName("mm-photo-editor");
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> stored(data)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(ProfilePhotos.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button("Upload a photo", VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(event -> notify(event.getErrorMessage(), NotificationVariant.LUMO_ERROR));
        remove = new Button("Remove photo", VaadinIcon.TRASH.create(), event -> removePhoto());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(hasPhoto);
        var hint = new Span("JPEG, PNG or WebP, up to 2 MB. Stored at most 512 px, without location or camera data.");
        hint.addClassName("mm-muted");
        add(upload, remove, hint);
    }

    /** The photo as an image for the preview, or null without one. */
    @Nullable
    Image image() {
        if (!hasPhoto) {
            return null;
        }
        var ref = photos;
        var owner = actor;
        var handler = DownloadHandler.fromInputStream(event -> {
            var content = ref.get().mine(owner);
            return new DownloadResponse(content.stream(), "photo", content.contentType(), content.length());
        });
        var image = new Image(handler, "Profile photo");
        image.getElement().setAttribute("data-revision", Integer.toString(revision));
        return image;
    }

    boolean hasPhoto() {
        return hasPhoto;
    }

    /** Runs in the upload's request; the components are changed under the session lock through {@code access}. */
    private void stored(byte[] data) {
        var ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        try {
            photos.get().upload(actor, new ByteArrayInputStream(data));
            ui.access(() -> {
                hasPhoto = true;
                revision++;
                remove.setVisible(true);
                // With one file allowed, a finished upload would disable the button until its row is dismissed.
                upload.clearFileList();
                onChange.run();
                notify("Photo saved.", NotificationVariant.LUMO_SUCCESS);
            });
        } catch (ErrorResponseException e) {
            var detail = e.getBody().getDetail();
            ui.access(() -> notify(detail, NotificationVariant.LUMO_ERROR));
        }
    }

    private void removePhoto() {
        photos.get().remove(actor);
        hasPhoto = false;
        remove.setVisible(false);
        onChange.run();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
