package com.mockmate.catalog.ui;

import com.mockmate.base.ui.ServiceRef;
import com.mockmate.catalog.service.TopicDetails;
import com.mockmate.catalog.service.transfer.QuestionTransferService;
import com.mockmate.catalog.service.transfer.TransferFormat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Export CSV" and "Export JSON" links for the selected topic. The file is produced when clicked, so it always holds
 * the current questions, in the format the importer reads back.
 */
class ExportLinks extends HorizontalLayout {

    final Anchor csv;
    final Anchor json;
    private final ServiceRef<QuestionTransferService> transfers;
    private @Nullable TopicDetails topic;

    ExportLinks(ServiceRef<QuestionTransferService> transfers) {
        this.transfers = transfers;
        csv = link(TransferFormat.CSV);
        json = link(TransferFormat.JSON);
        setSpacing(false);
        addClassName("mm-export-links");
        var label = new Span("Export:");
        label.addClassName("mm-muted");
        add(label, csv, json);
        setAlignItems(Alignment.CENTER);
    }

    void setTopic(@Nullable TopicDetails topic) {
        this.topic = topic;
        setEnabled(topic != null);
    }

    private Anchor link(TransferFormat format) {
        var handler = DownloadHandler.fromInputStream(new TopicExport(this, format));
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(format.name()));
        anchor.addClassName("mm-export-link");
        anchor.getElement().setAttribute("title", "Download this topic's questions as " + format.name());
        return anchor;
    }

    static String fileName(TopicDetails topic, TransferFormat format) {
        var slug = topic.name()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "questions" : slug) + "-questions." + format.extension();
    }

    /**
     * A class, not a lambda: the handler sits in the session next to the links that own it, and Java cannot
     * deserialize a lambda that is reached again through what it captured.
     */
    private record TopicExport(ExportLinks links, TransferFormat format) implements InputStreamDownloadCallback {

        @Override
        public DownloadResponse complete(DownloadEvent event) {
            var current = links.topic;
            if (current == null) {
                return DownloadResponse.error(404);
            }
            var bytes = links.transfers.get().export(current.id(), format).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), fileName(current, format), format.mediaType(), bytes.length);
        }
    }
}
