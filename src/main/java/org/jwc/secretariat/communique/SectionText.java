package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** A section of a {@link CommuniqueText}; its heading without its number. */
public record SectionText(long id, SectionKind kind, @Nullable Long areaId, int level, LocalizedText heading,
        List<ParagraphText> paragraphs) {

    public SectionText {
        paragraphs = List.copyOf(paragraphs);
    }
}
