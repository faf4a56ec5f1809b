package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * An agreed text in the reader's language, with the other official language one click away: the
 * Vietnamese and Chinese texts are of equal standing, and a reader may need to check the other.
 */
class OfficialText extends Div {

    OfficialText(LocalizedText text, Language reader) {
        addClassName("official-text");
        var shown = shownLanguage(text, reader);
        add(paragraph(text, shown, "commitment-text"));
        var others = others(text, shown);
        if (!others.isEmpty()) {
            var content = new Div();
            others.forEach(language -> content.add(paragraph(text, language, "commitment-text-other")));
            var details = new NativeDetails(String.join(" / ",
                    others.stream().map(l -> getTranslation("language.native." + l.name())).toList()), content);
            details.addClassName("other-language");
            add(details);
        }
    }

    /** The reader's language if the text is there, else the first fallback that has it. */
    static Language shownLanguage(LocalizedText text, Language reader) {
        if (text.get(reader) != null) {
            return reader;
        }
        for (var language : List.of(Language.VI, Language.ZH, Language.EN)) {
            if (text.get(language) != null) {
                return language;
            }
        }
        return reader;
    }

    /** The official languages not shown, where the text has them. */
    private static List<Language> others(LocalizedText text, Language shown) {
        var others = new ArrayList<Language>();
        for (var language : List.of(Language.VI, Language.ZH)) {
            if (language != shown && text.get(language) != null) {
                others.add(language);
            }
        }
        return others;
    }

    /** One language's text, marked with its language so that screen readers and fonts pick the right one. */
    static Div paragraph(LocalizedText text, Language language, String className) {
        var div = new Div(text.get(language) == null ? "" : text.get(language));
        div.addClassName(className);
        div.getElement().setAttribute("lang", language.locale().toLanguageTag());
        div.getElement().setAttribute("data-language", language.name().toLowerCase(Locale.ROOT));
        return div;
    }
}
