package com.mockmate.interview.ui;

import com.mockmate.speech.DeliveryMetrics;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** How a spoken answer was delivered: length, pace, filler words and long pauses. */
class DeliveryChips extends Div {

    DeliveryChips(DeliveryMetrics delivery) {
        addClassName("mm-delivery");
        add(
                chip("Length", "%.0f s".formatted(delivery.durationSeconds())),
                chip("Pace", String.format(Locale.ROOT, "%.0f wpm", delivery.wordsPerMinute())),
                chip(
                        "Fillers",
                        delivery.fillerWordCount()
                                + (delivery.fillers().isEmpty()
                                        ? ""
                                        : " (" + String.join(", ", delivery.fillers()) + ")")),
                chip("Long pauses", String.valueOf(delivery.longPauses())));
        if (delivery.estimated()) {
            var note = new Span("estimated from the recording's length");
            note.addClassName("mm-delivery-note");
            add(note);
        }
    }

    private static Span chip(String label, String value) {
        var chip = new Span(new Span(label), new Span(value));
        chip.addClassName("mm-delivery-chip");
        return chip;
    }
}
