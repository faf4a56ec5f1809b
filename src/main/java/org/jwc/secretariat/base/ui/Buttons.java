package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Buttons as the pages make them: a text, a class name that tests and styles find, an action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String text, String className, Runnable action, ButtonVariant... variants) {
        var button = new Button(text, e -> action.run());
        button.addClassName(className);
        button.addThemeVariants(variants);
        return button;
    }

    /** A page's main action. */
    public static Button primary(String text, String className, Runnable action) {
        return of(text, className, action, ButtonVariant.PRIMARY);
    }

    /** An action on a card or a row, small and quiet among the text. */
    public static Button small(String text, String className, Runnable action) {
        return of(text, className, action, ButtonVariant.SMALL, ButtonVariant.TERTIARY);
    }
}
