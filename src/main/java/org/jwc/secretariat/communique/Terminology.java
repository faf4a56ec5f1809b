package org.jwc.secretariat.communique;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * The terminology check: the parties' names (short or full) and the committee's name are data with
 * fixed Vietnamese and Chinese forms, so a paragraph that names one in one language only has lost
 * it in translation.
 */
final class Terminology {

    /** A term in its accepted forms per language: a party's short and full names. */
    record Term(LocalizedText shown, List<LocalizedText> forms) {
    }

    private Terminology() {
    }

    static List<TermWarning> check(CommuniqueText text, List<Term> terms) {
        var warnings = new ArrayList<TermWarning>();
        for (var paragraph : text.paragraphs()) {
            var vi = paragraph.text().vi();
            var zh = paragraph.text().zh();
            if (vi == null || zh == null) {
                continue;
            }
            for (var term : terms) {
                var inVi = named(vi, term, Language.VI);
                var inZh = named(zh, term, Language.ZH);
                if (inVi != inZh) {
                    warnings.add(new TermWarning(paragraph.id(), term.shown(), inVi ? Language.ZH : Language.VI));
                }
            }
        }
        return warnings;
    }

    private static boolean named(String text, Term term, Language language) {
        return term.forms().stream().map(f -> f.get(language)).anyMatch(form -> contains(text, form));
    }

    private static boolean contains(String text, @Nullable String form) {
        return form != null && text.contains(form);
    }
}
