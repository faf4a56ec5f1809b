package org.jwc.secretariat.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import org.jwc.secretariat.agenda.AgendaItemRevision;
import org.jwc.secretariat.base.TextDiff;
import org.jwc.secretariat.base.ui.DiffText;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** Any two saved versions of an agenda item side by side, the differences marked in each language. */
class AgendaHistoryDialog extends Dialog {

    private final Select<AgendaItemRevision> older = new Select<>();
    private final Select<AgendaItemRevision> newer = new Select<>();
    private final VerticalLayout comparison = new VerticalLayout();

    AgendaHistoryDialog(List<AgendaItemRevision> revisions, ZoneId zone) {
        setHeaderTitle(getTranslation("history.title"));
        older.setLabel(getTranslation("history.older"));
        newer.setLabel(getTranslation("history.newer"));
        for (var select : List.of(older, newer)) {
            select.setItems(revisions);
            select.setItemLabelGenerator(r -> getTranslation("history.revision",
                    Times.format(r.revision().changedAt(), zone, getLocale()), String.valueOf(r.revision().username())));
            select.addValueChangeListener(e -> compare());
        }
        older.setValue(revisions.get(Math.max(0, revisions.size() - 2)));
        newer.setValue(revisions.getLast());
        comparison.setPadding(false);
        add(new HorizontalLayout(older, newer), comparison);
        setWidth("min(64rem, 95vw)");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void compare() {
        comparison.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        var before = older.getValue().state();
        var after = newer.getValue().state();
        for (var language : Language.values()) {
            comparison.add(new H4(getTranslation("language.native." + language.name())));
            comparison.add(sideBySide(before.title(), after.title(), language));
            comparison.add(sideBySide(before.description(), after.description(), language));
        }
    }

    private static HorizontalLayout sideBySide(LocalizedText before, LocalizedText after, Language language) {
        var segments = TextDiff.between(before.get(language), after.get(language), language);
        var row = new HorizontalLayout(new DiffText(segments, false), new DiffText(segments, true));
        row.setWidthFull();
        row.getChildren().forEach(c -> ((DiffText) c).setWidth("50%"));
        return row;
    }
}
