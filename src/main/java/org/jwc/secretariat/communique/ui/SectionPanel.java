package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.communique.SectionText;
import org.jwc.secretariat.i18n.Language;

/**
 * A section of the communiqué: its numbered heading in Vietnamese and Chinese side by side (the
 * preamble and closing, which have none, a label in the reader's language), its paragraphs, and
 * for the host a way to add one.
 */
class SectionPanel extends Div {

    /** Empty says so only if no sub-section holds a paragraph either: a broader area's are in its sub-areas. */
    SectionPanel(CommuniquePage page, SectionText section, String headingVi, String headingZh, int firstNumber,
            boolean empty) {
        addClassName("communique-section");
        getElement().setAttribute("data-kind", section.kind().name());
        add(heading(section, headingVi, headingZh));
        var paragraphs = section.paragraphs();
        if (empty) {
            var none = new Span(getTranslation("communique.section.empty"));
            none.addClassName("section-empty");
            add(none);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            add(new ParagraphCard(page, section, paragraphs.get(i), firstNumber + i, i));
        }
        if (page.hostEdits()) {
            var add = new Button(getTranslation("communique.action.add"),
                    e -> new ParagraphDialog(page, section.id(), null).open());
            add.addClassName("add-paragraph");
            add.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            add(add);
        }
    }

    private Component heading(SectionText section, String vi, String zh) {
        if (section.kind() != SectionKind.AREA) {
            var label = new H2(getTranslation("communique.section." + section.kind().name()));
            label.addClassName("section-heading");
            return label;
        }
        var pair = new HorizontalLayout(heading(section.level(), vi, Language.VI), heading(section.level(), zh, Language.ZH));
        pair.setWidthFull();
        pair.addClassName("section-heading");
        return pair;
    }

    private static Component heading(int level, String text, Language language) {
        Component heading = level <= 1 ? new H2(text) : new H3(text);
        heading.getElement().setAttribute("lang", language.locale().toLanguageTag());
        heading.getElement().getStyle().set("flex", "1 1 0");
        return heading;
    }
}
