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
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * "Export CSV" and "Export JSON" links for the selected topic. The file is produced when clicked, so it always holds
 * the current questions, in the format the importer reads back.
 */
class ExportLinks extends HorizontalLayout {

    final Anchor csv;
    final Anchor json;

    ExportLinks(ServiceRef<QuestionTransferService> transfers, SerializableSupplier<TopicDetails> topic) {
        csv = link(transfers, topic, TransferFormat.CSV);
        json = link(transfers, topic, TransferFormat.JSON);
        setSpacing(false);
        addClassName("mm-export-links");
        var label = new Span("Export:");
        label.addClassName("mm-muted");
        add(label, csv, json);
        setAlignItems(Alignment.CENTER);
    }

    private static Anchor link(
            ServiceRef<QuestionTransferService> transfers,
            SerializableSupplier<TopicDetails> topic,
            TransferFormat format) {
        var handler = DownloadHandler.fromInputStream(event -> {
            var current = topic.get();
            if (current == null) {
                return DownloadResponse.error(404);
            }
            var bytes = transfers.get().export(current.id(), format).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), fileName(current, format), format.mediaType(), bytes.length);
        });
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
}
