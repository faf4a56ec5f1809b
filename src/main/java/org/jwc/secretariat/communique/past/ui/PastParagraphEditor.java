package org.jwc.secretariat.communique.past.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.past.ParsedParagraph;

/**
 * A numbered section's paragraph in the import preview: its text, and whom it binds as the parser
 * detected it (kind and named parties), for the user to correct. The kind shows on the element
 * ({@code data-kind}) so that a test reads it without opening the select.
 */
class PastParagraphEditor extends Div {

    private final Select<ParagraphKind> kind = new Select<>();
    private final MultiSelectComboBox<Long> parties = new MultiSelectComboBox<>();
    private final TextArea text = new TextArea();

    PastParagraphEditor(ParsedParagraph paragraph, PastImportPreview.Choices choices) {
        addClassName("import-paragraph");
        kind.setLabel(getTranslation("communique.field.kind"));
        kind.setItems(ParagraphKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("communique.kind." + k.name()));
        kind.addClassName("import-kind");
        kind.addValueChangeListener(e -> shown(e.getValue()));
        parties.setLabel(getTranslation("communique.field.parties"));
        parties.setItems(choices.partyIds());
        parties.setItemLabelGenerator(choices::partyName);
        parties.addClassName("import-parties");
        parties.setWidth("min(40rem, 100%)");
        text.setLabel(getTranslation("communique.field.text"));
        text.addClassName("import-paragraph-text");
        text.setWidthFull();
        kind.setValue(paragraph.kind());
        parties.setValue(Set.copyOf(paragraph.partyIds()));
        text.setValue(paragraph.text());
        shown(paragraph.kind());
        var whom = new HorizontalLayout(kind, parties);
        whom.setWrap(true);
        add(whom, text);
        getStyle().set("padding-left", "var(--lumo-space-m)");
    }

    /** Parties are named for a bilateral or one side's paragraph, not for a common one. */
    private void shown(ParagraphKind value) {
        getElement().setAttribute("data-kind", value == null ? "" : value.name());
        parties.setVisible(value != ParagraphKind.COMMON);
    }

    ParsedParagraph reviewed() {
        var named = kind.getValue() == ParagraphKind.COMMON ? List.<Long>of() : parties.getValue().stream().sorted().toList();
        return new ParsedParagraph(text.getValue(), kind.getValue(), named);
    }
}
