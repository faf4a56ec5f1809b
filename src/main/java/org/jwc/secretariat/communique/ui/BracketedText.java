package org.jwc.secretariat.communique.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.communique.BracketText;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.i18n.Language;

/**
 * A paragraph's pair of texts side by side (English under them when there is one), each open
 * bracket's span shown in place as [ … ] and marked with the party that holds it. Texts are set as
 * text, never as HTML.
 */
final class BracketedText {

    /** Where a span stands in one language's text, and who holds it. */
    private record Mark(int start, int end, long holderPartyId) {
    }

    private BracketedText() {
    }

    /** @param missing what stands in the place of an official language's text the paragraph lacks, if anything */
    static VerticalLayout pair(ParagraphText paragraph, Function<Long, String> partyCode, @Nullable String missing) {
        var pair = new HorizontalLayout();
        pair.setWidthFull();
        pair.add(official(paragraph.text().vi(), Language.VI, marks(paragraph.text().vi(), paragraph.brackets(), BracketText::spanVi),
                partyCode, missing));
        pair.add(official(paragraph.text().zh(), Language.ZH, marks(paragraph.text().zh(), paragraph.brackets(), BracketText::spanZh),
                partyCode, missing));
        var layout = new VerticalLayout(pair);
        if (paragraph.text().en() != null) {
            layout.add(text(paragraph.text().en(), Language.EN, List.of(), partyCode));
        }
        layout.setPadding(false);
        layout.addClassName("paragraph-text");
        return layout;
    }

    /** The spans' first places in the text, in reading order; a span overlapping an earlier one is not marked twice. */
    private static List<Mark> marks(@Nullable String text, List<BracketText> brackets, Function<BracketText, String> span) {
        var marks = new ArrayList<Mark>();
        if (text == null) {
            return marks;
        }
        for (var bracket : brackets) {
            var s = span.apply(bracket);
            var at = s.isEmpty() ? -1 : text.indexOf(s);
            if (at >= 0) {
                marks.add(new Mark(at, at + s.length(), bracket.holderPartyId()));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        var kept = new ArrayList<Mark>();
        for (var mark : marks) {
            if (kept.isEmpty() || mark.start() >= kept.getLast().end()) {
                kept.add(mark);
            }
        }
        return kept;
    }

    private static Div official(@Nullable String text, Language language, List<Mark> marks, Function<Long, String> partyCode,
            @Nullable String missing) {
        var div = text(text, language, marks, partyCode);
        if (text == null && missing != null) {
            var note = new Span(missing);
            note.addClassName("text-not-imported");
            div.add(note);
        }
        return div;
    }

    private static Div text(@Nullable String text, Language language, List<Mark> marks, Function<Long, String> partyCode) {
        var div = new Div();
        div.addClassName("paragraph-language");
        div.getElement().setAttribute("lang", language.locale().toLanguageTag());
        div.getStyle().set("white-space", "pre-wrap").set("flex", "1 1 0");
        var value = text == null ? "" : text;
        int at = 0;
        for (var mark : marks) {
            div.add(new Span(value.substring(at, mark.start())));
            // The brackets are the same in every language, as in the printed drafts: no translation.
            var shown = "[" + value.substring(mark.start(), mark.end()) + "]";
            var bracketed = new Span(shown);
            bracketed.addClassName("bracket-span");
            bracketed.getElement().setAttribute("data-party", partyCode.apply(mark.holderPartyId()));
            div.add(bracketed);
            at = mark.end();
        }
        div.add(new Span(value.substring(at)));
        return div;
    }
}
