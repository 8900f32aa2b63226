package com.mockmate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether the browser window is narrower than a tablet, now and after every resize. Grids cannot hide a
 * column with a CSS media query, so table views switch their columns on the server: a compact card column below this
 * width, the full columns above it.
 */
public final class CompactWidth {

    /** Below this window width (CSS pixels) views use their compact, phone layout. */
    public static final int TABLET_MIN_WIDTH = 768;

    private CompactWidth() {}

    public static boolean isCompact(int windowWidth) {
        return windowWidth > 0 && windowWidth < TABLET_MIN_WIDTH;
    }

    /**
     * Calls {@code layout} with true (compact) or false whenever {@code owner} is attached and whenever the window is
     * resized while it is. Views start in the wide layout and switch once the browser reports its width.
     */
    public static void track(Component owner, SerializableConsumer<Boolean> layout) {
        owner.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> {
                if (details.getWindowInnerWidth() > 0) {
                    layout.accept(isCompact(details.getWindowInnerWidth()));
                }
            });
            Registration resize = page.addBrowserWindowResizeListener(e -> layout.accept(isCompact(e.getWidth())));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
