package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
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

    public ConflictDialog(Revision otherChange, ZoneId zone, List<Field> fields, Runnable keepMine, Runnable takeTheirs) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(64rem, 95vw)");
        var content = new VerticalLayout(new Paragraph(getTranslation("conflict.explanation",
                otherChange.username(), Times.format(otherChange.changedAt(), zone, UiLanguage.current().locale()))));
        content.setPadding(false);
        for (var field : fields) {
            for (var language : Language.values()) {
                var theirs = field.theirs().get(language);
                var mine = field.mine().get(language);
                if (!Objects.equals(blankToNull(theirs), blankToNull(mine))) {
                    content.add(new H4(getTranslation(field.labelKey()) + " — " + getTranslation("language.native." + language.name())));
                    content.add(new Span(getTranslation("conflict.columns")));
                    content.add(HistoryDialog.sideBySide(field.theirs(), field.mine(), language));
                    var copy = new TextArea(getTranslation("conflict.yourText"));
                    copy.setValue(mine == null ? "" : mine);
                    copy.setReadOnly(true);
                    copy.setWidthFull();
                    copy.addClassName("my-text");
                    content.add(copy);
                }
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

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
