package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.i18n.LocalizedText;

/** Two versions are compared paragraph by paragraph: by identity, not by place, so a move is not a change. */
class VersionComparisonTest {

    @Test
    void keptChangedAddedAndDeletedParagraphsAlignInTheNewerOrderWithTheirNumbersInEach() {
        var older = text(section(p(1, "Một."), p(2, "Hai."), p(3, "Ba.")), section(p(4, "Bốn.")));
        var newer = text(section(p(1, "Một."), p(3, "Ba, sửa.")), section(p(5, "Năm."), p(4, "Bốn.")));

        var aligned = VersionComparison.align(older, newer);

        assertThat(aligned).extracting(a -> a.before() == null ? 0 : a.before().id(), a -> a.after() == null ? 0 : a.after().id(),
                AlignedParagraph::beforeNumber, AlignedParagraph::afterNumber, AlignedParagraph::changed)
                .containsExactly(
                        tuple(1L, 1L, 1, 1, false),
                        tuple(2L, 0L, 2, 0, true),
                        tuple(3L, 3L, 3, 2, true),
                        tuple(0L, 5L, 0, 3, true),
                        tuple(4L, 4L, 4, 4, false));
    }

    @Test
    void aParagraphDeletedFromTheStartShowsFirst() {
        var aligned = VersionComparison.align(text(section(p(1, "Một."), p(2, "Hai."))), text(section(p(2, "Hai."))));

        assertThat(aligned).extracting(AlignedParagraph::beforeNumber, AlignedParagraph::afterNumber)
                .containsExactly(tuple(1, 0), tuple(2, 1));
    }

    private static CommuniqueText text(SectionText... sections) {
        return new CommuniqueText(LocalizedText.EMPTY, LocalizedText.EMPTY, List.of(sections));
    }

    private static SectionText section(ParagraphText... paragraphs) {
        return new SectionText(0, SectionKind.AREA, null, 1, LocalizedText.EMPTY, List.of(paragraphs));
    }

    private static ParagraphText p(long id, String vi) {
        return new ParagraphText(id, ParagraphKind.COMMON, List.of(), new LocalizedText(vi, vi, null), null, List.of(), List.of());
    }
}
