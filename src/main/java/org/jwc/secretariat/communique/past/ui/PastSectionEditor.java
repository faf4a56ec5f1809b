package org.jwc.secretariat.communique.past.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jwc.secretariat.communique.past.ParsedSection;

/**
 * A numbered section in the import preview: its number as written, its heading, the cooperation
 * area it was mapped to and its paragraphs. When the parser was unsure of the area, the select
 * starts empty and a warning asks the user to choose; the section carries {@code data-unsure}
 * until they do, for an end-to-end test to find it.
 */
class PastSectionEditor extends Div {

    private final ParsedSection parsed;
    private final TextField heading = new TextField();
    private final Select<Long> area = new Select<>();
    private final Span unsure = new Span();
    private final List<PastParagraphEditor> paragraphs;

    PastSectionEditor(ParsedSection section, PastImportPreview.Choices choices) {
        this.parsed = section;
        addClassName("import-section");
        getElement().setAttribute("data-number", section.number());
        getElement().setAttribute("data-level", String.valueOf(section.level()));
        var written = section.level() <= 1 ? section.number() + "." : "(" + section.number() + ")";
        var number = new Span(written);
        number.addClassName("import-number");
        heading.setLabel(getTranslation("communique.import.field.heading"));
        heading.setValue(section.heading());
        heading.addClassName("import-heading");
        heading.setWidth("min(40rem, 100%)");
        area.setLabel(getTranslation("communique.import.field.area"));
        area.setItems(choices.areaIds());
        area.setItemLabelGenerator(choices::areaName);
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("communique.import.chooseArea"));
        area.addClassName("import-area");
        area.setValue(section.areaId());
        area.addValueChangeListener(e -> warn());
        unsure.setText(getTranslation("communique.import.unsure"));
        unsure.addClassName("import-unsure");
        unsure.getStyle().setColor("var(--lumo-error-text-color)");
        var head = new HorizontalLayout(number, heading, area);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head, unsure);
        paragraphs = section.paragraphs().stream().map(p -> new PastParagraphEditor(p, choices)).toList();
        paragraphs.forEach(this::add);
        getStyle().set("padding-left", section.level() <= 1 ? "0" : "var(--lumo-space-l)");
        warn();
    }

    private void warn() {
        var missing = area.getValue() == null;
        unsure.setVisible(missing);
        if (missing) {
            getElement().setAttribute("data-unsure", "");
        } else {
            getElement().removeAttribute("data-unsure");
        }
    }

    boolean isUnsure() {
        return area.getValue() == null;
    }

    ParsedSection reviewed() {
        return new ParsedSection(parsed.level(), parsed.number(), heading.getValue(), area.getValue(), parsed.confidence(),
                paragraphs.stream().map(PastParagraphEditor::reviewed).toList());
    }
}
