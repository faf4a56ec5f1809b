package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** Vietnamese and Chinese next to each other, as the parties read them; English under them when there is one. */
public final class SideBySide {

    private SideBySide() {
    }

    public static VerticalLayout texts(String className, LocalizedText text) {
        var pair = new HorizontalLayout();
        pair.setWidthFull();
        for (var language : List.of(Language.VI, Language.ZH)) {
            pair.add(paragraph(text.get(language), language));
        }
        var layout = new VerticalLayout(pair);
        if (text.en() != null) {
            layout.add(paragraph(text.en(), Language.EN));
        }
        layout.setPadding(false);
        layout.addClassName(className);
        return layout;
    }

    /**
     * One language's text under the language's name, marked with its language (fonts, screen readers)
     * and its line breaks kept.
     */
    private static Div paragraph(@Nullable String text, Language language) {
        var div = new Div();
        div.setText(text == null ? "" : text);
        div.getElement().setAttribute("lang", language.locale().toLanguageTag());
        div.getStyle().set("white-space", "pre-wrap");
        var label = new Span(div.getTranslation("language.native." + language.name()));
        label.addClassName("language-label");
        var column = new Div(label, div);
        column.addClassName("language-column");
        column.getStyle().set("flex", "1 1 0");
        return column;
    }
}
