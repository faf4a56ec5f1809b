package org.jwc.secretariat.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.Revision;
import org.jwc.secretariat.base.TextDiff;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * Any two saved versions of a record side by side, the differences of each text marked per
 * language: word by word for Vietnamese and English, character by character for Chinese.
 *
 * @param <T> a record's state as of one revision
 */
public class HistoryDialog<T> extends Dialog {

    /** A text of the record, with the translation key of its label. */
    public record Field<T>(String labelKey, Function<T, LocalizedText> text) {
    }

    private final Select<T> older = new Select<>();
    private final Select<T> newer = new Select<>();
    private final VerticalLayout comparison = new VerticalLayout();
    private final List<Field<T>> fields;
    private @Nullable Function<T, String> summary;

    /** Opens on the last two versions. */
    public HistoryDialog(List<T> revisions, Function<T, Revision> revisionOf, List<Field<T>> fields, ZoneId zone) {
        this.fields = fields;
        setHeaderTitle(getTranslation("history.title"));
        older.setLabel(getTranslation("history.older"));
        newer.setLabel(getTranslation("history.newer"));
        for (var select : List.of(older, newer)) {
            select.setItems(revisions);
            select.setItemLabelGenerator(r -> getTranslation("history.revision",
                    Times.format(revisionOf.apply(r).changedAt(), zone, getLocale()),
                    String.valueOf(revisionOf.apply(r).username())));
            select.addValueChangeListener(e -> compare());
        }
        older.setValue(revisions.get(Math.max(0, revisions.size() - 2)));
        newer.setValue(revisions.getLast());
        comparison.setPadding(false);
        add(new HorizontalLayout(older, newer), comparison);
        setWidth("min(64rem, 95vw)");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Compares from the given version (e.g. the one the reader last saw) to the latest. */
    public HistoryDialog<T> since(T older) {
        this.older.setValue(older);
        return this;
    }

    /**
     * Shows, above the texts, what else a version says in a line of its own (e.g. a response's
     * position and comment), older next to newer.
     */
    public HistoryDialog<T> withSummary(Function<T, String> summary) {
        this.summary = summary;
        compare();
        return this;
    }

    /** Lets a writer bring back the older version's texts, saved as a new version. */
    public HistoryDialog<T> withRestore(Consumer<T> restore) {
        var button = new Button(getTranslation("history.restore"), e -> {
            if (older.getValue() != null) {
                restore.accept(older.getValue());
                close();
            }
        });
        button.addClassName("history-restore");
        getFooter().addComponentAtIndex(0, button);
        return this;
    }

    private void compare() {
        comparison.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        if (summary != null) {
            var before = new Div(summary.apply(older.getValue()));
            var after = new Div(summary.apply(newer.getValue()));
            before.setWidth("50%");
            after.setWidth("50%");
            var row = new HorizontalLayout(before, after);
            row.addClassName("history-summary");
            row.setWidthFull();
            comparison.add(row);
        }
        for (var language : Language.values()) {
            comparison.add(new H3(getTranslation("language.native." + language.name())));
            for (var field : fields) {
                comparison.add(new Span(getTranslation(field.labelKey())));
                comparison.add(sideBySide(field.text().apply(older.getValue()), field.text().apply(newer.getValue()), language));
            }
        }
    }

    /** The older text with its deletions marked next to the newer with its insertions. */
    static HorizontalLayout sideBySide(LocalizedText before, LocalizedText after, Language language) {
        var segments = TextDiff.between(before.get(language), after.get(language), language);
        var row = new HorizontalLayout(new DiffText(segments, false), new DiffText(segments, true));
        row.setWidthFull();
        row.getChildren().forEach(c -> ((DiffText) c).setWidth("50%"));
        return row;
    }
}
