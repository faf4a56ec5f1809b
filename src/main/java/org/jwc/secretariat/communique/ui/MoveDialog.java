package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.communique.Numbering;
import org.jwc.secretariat.communique.Paragraph;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.communique.SectionText;

/**
 * The host moves a paragraph to another section (or elsewhere in its own): the section by its
 * numbered heading, the place before one of its paragraphs or at its end. The paragraph keeps its
 * kind, parties and provenance.
 */
class MoveDialog extends Dialog {

    private final Select<SectionText> section = new Select<>();
    private final Select<Integer> place = new Select<>();
    private final Map<Long, Integer> numbers = new HashMap<>();
    private final Paragraph paragraph;

    MoveDialog(CommuniquePage page, Paragraph paragraph) {
        this.paragraph = paragraph;
        setHeaderTitle(getTranslation("communique.action.move"));
        addClassName("move-dialog");
        var all = page.text().paragraphs();
        IntStream.range(0, all.size()).forEach(i -> numbers.put(all.get(i).id(), i + 1));
        var sections = page.text().sections();
        var headings = Numbering.headings(sections, UiLanguage.current());
        section.setLabel(getTranslation("communique.field.section"));
        section.setItems(sections);
        section.setItemLabelGenerator(s -> s.kind() == SectionKind.AREA ? headings.get(sections.indexOf(s))
                : getTranslation("communique.section." + s.kind().name()));
        section.addValueChangeListener(e -> places());
        section.addClassName("move-section");
        place.setLabel(getTranslation("communique.field.place"));
        place.addClassName("move-place");
        sections.stream().filter(s -> s.id() == paragraph.sectionId()).findFirst().ifPresent(section::setValue);
        add(new FormLayout(section, place));
        setWidth("min(40rem, 95vw)");
        var move = new Button(getTranslation("communique.action.move"), e -> {
            if (section.getValue() != null && place.getValue() != null) {
                page.act(() -> page.services().editing().move(paragraph.id(), paragraph.getVersion(), section.getValue().id(),
                        place.getValue()));
                close();
            }
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.addClassName("move-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), move);
    }

    /** The places in the chosen section, counted without the paragraph being moved, as the service counts them. */
    private void places() {
        var target = section.getValue();
        if (target == null) {
            place.setItems(List.of());
            return;
        }
        List<ParagraphText> others = target.paragraphs().stream().filter(p -> p.id() != paragraph.id()).toList();
        place.setItems(IntStream.rangeClosed(0, others.size()).boxed().toList());
        place.setItemLabelGenerator(i -> i < others.size()
                ? getTranslation("communique.place.before", String.valueOf(numbers.get(others.get(i).id())))
                : getTranslation("communique.place.end"));
        place.setValue(others.size());
    }
}
