package org.jwc.secretariat.communique.past.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.communique.past.ParsedCommunique;
import org.jwc.secretariat.party.Party;

/**
 * What the parser read, for the user to check and fix before saving: the title, the preamble, each
 * numbered section with its area and paragraphs, and the closing. Everything stays editable; {@link
 * #reviewed()} gives the text as the user left it, which the service checks again.
 */
class PastImportPreview extends Div {

    /**
     * What the selects offer, labelled in the reader's language: the area tree (each parent before its
     * children, which are indented) and the parties taking part.
     */
    record Choices(Map<Long, String> areas, Map<Long, String> parties) {

        static Choices of(List<CooperationArea> all, List<Party> takingPart) {
            var areas = new LinkedHashMap<Long, String>();
            addChildren(null, 0, all, areas);
            var parties = new LinkedHashMap<Long, String>();
            takingPart.forEach(p -> parties.put(p.id(), p.name(UiLanguage.current())));
            return new Choices(areas, parties);
        }

        private static void addChildren(@Nullable Long parentId, int depth, List<CooperationArea> all, Map<Long, String> into) {
            all.stream().filter(a -> Objects.equals(a.parentId(), parentId))
                    .sorted(Comparator.comparingInt(CooperationArea::position))
                    .forEach(a -> {
                        into.put(a.id(), "\u2003".repeat(depth) + a.name().in(UiLanguage.current()));
                        addChildren(a.id(), depth + 1, all, into);
                    });
        }

        List<Long> areaIds() {
            return List.copyOf(areas.keySet());
        }

        String areaName(Long id) {
            return areas.getOrDefault(id, String.valueOf(id));
        }

        List<Long> partyIds() {
            return List.copyOf(parties.keySet());
        }

        String partyName(Long id) {
            return parties.getOrDefault(id, String.valueOf(id));
        }
    }

    private final TextArea title = new TextArea();
    private final List<TextArea> preamble;
    private final List<PastSectionEditor> sections;
    private final List<TextArea> closing;

    PastImportPreview(ParsedCommunique parsed, Choices choices) {
        addClassName("import-preview");
        setWidthFull();
        sections = parsed.sections().stream().map(s -> new PastSectionEditor(s, choices)).toList();
        var unsure = sections.stream().filter(PastSectionEditor::isUnsure).count();
        var paragraphs = parsed.sections().stream().mapToInt(s -> s.paragraphs().size()).sum();
        var summary = new Span(getTranslation("communique.import.summary", sections.size(), paragraphs, unsure));
        summary.addClassName("import-summary");
        summary.getElement().setAttribute("data-unsure", String.valueOf(unsure));
        title.setLabel(getTranslation("communique.import.field.title"));
        title.setValue(parsed.title());
        title.addClassName("import-title");
        title.setWidthFull();
        add(summary, title);
        preamble = paragraphs("PREAMBLE", parsed.preamble());
        sections.forEach(this::add);
        closing = paragraphs("CLOSING", parsed.closing());
    }

    /** The preamble's or the closing's paragraphs: common to every party, text only. */
    private List<TextArea> paragraphs(String kind, List<String> texts) {
        add(new H2(getTranslation("communique.section." + kind)));
        return texts.stream().map(t -> {
            var area = new TextArea();
            area.setValue(t);
            area.setWidthFull();
            area.addClassName("import-" + kind.toLowerCase(Locale.ROOT));
            add(area);
            return area;
        }).toList();
    }

    ParsedCommunique reviewed() {
        return new ParsedCommunique(title.getValue(), preamble.stream().map(TextArea::getValue).toList(),
                sections.stream().map(PastSectionEditor::reviewed).toList(), closing.stream().map(TextArea::getValue).toList());
    }
}
