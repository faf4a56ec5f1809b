package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A part of a page that is redrawn only when what it shows has changed. A pushed refresh then
 * rebuilds, and sends to the browser, the parts another user's change touched, not the whole page.
 * It lays its content out as if it were the page's own child ({@code display: contents}).
 */
public class PagePart extends Div {

    private @Nullable Object shown;
    private boolean drawn;

    public PagePart() {
        getStyle().set("display", "contents");
    }

    /** Draws the part if the key differs from the one it shows (a key of null draws nothing). */
    public void show(@Nullable Object key, Supplier<? extends @Nullable Component> draw) {
        if (drawn && Objects.equals(key, shown)) {
            return;
        }
        removeAll();
        var component = key == null ? null : draw.get();
        if (component != null) {
            add(component);
        }
        shown = key;
        drawn = true;
    }
}
