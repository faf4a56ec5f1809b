package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.Revision;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * Someone else saved the record while this user was editing it. Shows what they saved against what
 * this user typed, differences marked, the user's own text in a box to copy from, and lets the user
 * choose: keep their own text (the next save replaces the other change, knowingly) or take the
 * other's. Nothing is overwritten without that choice.
 */
public class ConflictDialog extends Dialog {

    /** One edited text: as the other user saved it, and as this user typed it. */
    public record Field(String labelKey, LocalizedText theirs, LocalizedText mine) {
    }

    private final VerticalLayout content = new VerticalLayout();

    public ConflictDialog(Revision otherChange, ZoneId zone, List<Field> fields, Runnable keepMine, Runnable takeTheirs) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(64rem, 95vw)");
        content.add(new Paragraph(getTranslation("conflict.explanation",
                otherChange.username(), Times.format(otherChange.changedAt(), zone, UiLanguage.current().locale()))));
        content.setPadding(false);
        for (var field : fields) {
            for (var language : Language.values()) {
                compare(getTranslation(field.labelKey()) + " — " + getTranslation("language.native." + language.name()),
                        field.theirs(), field.mine(), language);
            }
        }
        add(content);
        var mineButton = new Button(getTranslation("conflict.keepMine"), e -> {
            keepMine.run();
            close();
        });
        mineButton.addClassName("keep-mine");
        var theirsButton = new Button(getTranslation("conflict.takeTheirs"), e -> {
            takeTheirs.run();
            close();
        });
        theirsButton.addClassName("take-theirs");
        mineButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(theirsButton, mineButton);
    }

    /** Adds a text kept in one language only, such as a comment; differences are marked character by character. */
    public ConflictDialog withText(String labelKey, @Nullable String theirs, @Nullable String mine) {
        compare(getTranslation(labelKey), new LocalizedText(null, theirs, null), new LocalizedText(null, mine, null), Language.ZH);
        return this;
    }

    private void compare(String label, LocalizedText theirs, LocalizedText mine, Language language) {
        var mineText = mine.get(language);
        if (Objects.equals(blankToNull(theirs.get(language)), blankToNull(mineText))) {
            return;
        }
        content.add(new H3(label), new Span(getTranslation("conflict.columns")),
                HistoryDialog.sideBySide(theirs, mine, language));
        var copy = new TextArea(getTranslation("conflict.yourText"));
        copy.setValue(mineText == null ? "" : mineText);
        copy.setReadOnly(true);
        copy.setWidthFull();
        copy.addClassName("my-text");
        content.add(copy);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
