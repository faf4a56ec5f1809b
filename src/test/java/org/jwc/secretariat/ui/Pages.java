package org.jwc.secretariat.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;

/**
 * Opens a page by its address in a browserless test, as a link or a typed address would: for a test
 * of one feature that passes through another's page, whose view class that feature keeps to itself.
 */
public final class Pages {

    private Pages() {
    }

    /** The page now shown at the address (or where it forwarded the user). */
    public static HasElement open(String location) {
        UI.getCurrent().navigate(location);
        return shown();
    }

    public static HasElement shown() {
        return UI.getCurrent().getCurrentView();
    }

    /** Whether the page shown is the one with that class name (each view names itself, e.g. "review-view"). */
    public static boolean shows(String viewClassName) {
        return shown().getElement().getClassList().contains(viewClassName);
    }
}
