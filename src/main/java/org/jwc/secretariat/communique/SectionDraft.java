package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** A section as generated, before it is saved: its place in the area tree, heading and paragraphs. */
public record SectionDraft(SectionKind kind, @Nullable Long areaId, int level, LocalizedText heading,
        List<ParagraphDraft> paragraphs) {

    public SectionDraft {
        paragraphs = List.copyOf(paragraphs);
    }
}
