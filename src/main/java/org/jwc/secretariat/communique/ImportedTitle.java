package org.jwc.secretariat.communique;

import java.util.Objects;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** An imported version's title and subtitle: the paper's own in its language, the platform's in the others. */
final class ImportedTitle {

    /** A title is a few lines; more is running text the parser could not tell from one. */
    static final int MAX_TITLE = 2000;

    private ImportedTitle() {
    }

    /** Its first title line ("THÔNG CÁO CHUNG") is the title, the lines after it the subtitle. */
    static CommuniqueText titled(CommuniqueText text, String title, Language language) {
        if (title.length() > MAX_TITLE) {
            throw RefusedException.badInput("title", "communique.import.error.title", MAX_TITLE);
        }
        var lines = title.lines().map(LocalizedText::trimToNull).filter(Objects::nonNull).toList();
        if (lines.isEmpty()) {
            return text;
        }
        var subtitle = lines.size() == 1 ? text.subtitle()
                : text.subtitle().with(language, String.join(" ", lines.subList(1, lines.size())));
        return new CommuniqueText(text.title().with(language, lines.getFirst()), subtitle, text.sections());
    }
}
