package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.TextDiff;
import org.jwc.secretariat.base.ui.DiffText;
import org.jwc.secretariat.communique.AlignedParagraph;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.VersionComparison;
import org.jwc.secretariat.i18n.Language;

/**
 * Any two circulated versions compared paragraph by paragraph (a paragraph keeps its identity
 * through edits and moves, so its number in each version is shown), and within a paragraph the
 * differences of the Vietnamese and of the Chinese marked as in a proposal's history.
 */
class CompareDialog extends Dialog {

    private final ApprovalService approvals;
    private final Select<CommuniqueVersion> older = new Select<>();
    private final Select<CommuniqueVersion> newer = new Select<>();
    private final Checkbox changedOnly = new Checkbox();
    private final VerticalLayout comparison = new VerticalLayout();

    /** Opens on the last two versions. */
    CompareDialog(ApprovalService approvals, List<CommuniqueVersion> versions) {
        this.approvals = approvals;
        setHeaderTitle(getTranslation("communique.action.compare"));
        addClassName("compare-dialog");
        older.setLabel(getTranslation("history.older"));
        newer.setLabel(getTranslation("history.newer"));
        for (var select : List.of(older, newer)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> getTranslation("communique.version.label", v.number(), v.fingerprint()));
            select.addValueChangeListener(e -> compare());
        }
        changedOnly.setLabel(getTranslation("communique.compare.changedOnly"));
        changedOnly.setValue(true);
        changedOnly.addValueChangeListener(e -> compare());
        older.setValue(versions.get(Math.max(0, versions.size() - 2)));
        newer.setValue(versions.getLast());
        comparison.setPadding(false);
        var choices = new HorizontalLayout(older, newer, changedOnly);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(choices, comparison);
        setWidth("min(72rem, 95vw)");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void compare() {
        comparison.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        var rows = VersionComparison.align(approvals.text(older.getValue().id()), approvals.text(newer.getValue().id()));
        rows.stream().filter(r -> !changedOnly.getValue() || r.changed()).forEach(r -> comparison.add(row(r)));
        if (comparison.getComponentCount() == 0) {
            comparison.add(new Span(getTranslation("communique.compare.same")));
        }
    }

    private Div row(AlignedParagraph aligned) {
        var row = new Div();
        row.addClassName("aligned-paragraph");
        row.getElement().setAttribute("data-before", String.valueOf(aligned.beforeNumber()));
        row.getElement().setAttribute("data-after", String.valueOf(aligned.afterNumber()));
        row.getElement().setAttribute("data-changed", String.valueOf(aligned.changed()));
        row.add(new H3(numbers(aligned)));
        for (var language : List.of(Language.VI, Language.ZH)) {
            var segments = TextDiff.between(text(aligned.before(), language), text(aligned.after(), language), language);
            var before = new DiffText(segments, false);
            var after = new DiffText(segments, true);
            before.setWidth("50%");
            after.setWidth("50%");
            var pair = new HorizontalLayout(before, after);
            pair.setWidthFull();
            pair.getElement().setAttribute("lang", language.locale().toLanguageTag());
            row.add(new Span(getTranslation("language.native." + language.name())), pair);
        }
        return row;
    }

    private String numbers(AlignedParagraph aligned) {
        if (aligned.before() == null) {
            return getTranslation("communique.compare.added", String.valueOf(aligned.afterNumber()));
        }
        if (aligned.after() == null) {
            return getTranslation("communique.compare.deleted", String.valueOf(aligned.beforeNumber()));
        }
        return getTranslation("communique.compare.kept", String.valueOf(aligned.beforeNumber()), String.valueOf(aligned.afterNumber()));
    }

    private static @Nullable String text(@Nullable ParagraphText paragraph, Language language) {
        return paragraph == null ? null : paragraph.text().get(language);
    }
}
