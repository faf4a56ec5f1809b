package org.jwc.secretariat.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwc.secretariat.base.TextDiff.Change.DELETED;
import static org.jwc.secretariat.base.TextDiff.Change.INSERTED;
import static org.jwc.secretariat.base.TextDiff.Change.SAME;

import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.TextDiff.Segment;
import org.jwc.secretariat.i18n.Language;

class TextDiffTest {

    @Test
    void vietnameseChangesAreMarkedWordByWordWithTheirDiacritics() {
        var segments = TextDiff.between("Các bên nhất trí tăng cường hợp tác", "Các bên nhất trí đẩy mạnh hợp tác", Language.VI);
        assertThat(segments).containsExactly(
                new Segment(SAME, "Các bên nhất trí "),
                new Segment(DELETED, "tăng cường"),
                new Segment(INSERTED, "đẩy mạnh"),
                new Segment(SAME, " hợp tác"));
    }

    @Test
    void chineseChangesAreMarkedCharacterByCharacter() {
        var segments = TextDiff.between("各方同意加强合作", "各方同意深化合作", Language.ZH);
        assertThat(segments).containsExactly(
                new Segment(SAME, "各方同意"),
                new Segment(DELETED, "加强"),
                new Segment(INSERTED, "深化"),
                new Segment(SAME, "合作"));
    }

    @Test
    void aTextWrittenForTheFirstTimeIsAllInserted() {
        assertThat(TextDiff.between(null, "Border gates", Language.EN))
                .containsExactly(new Segment(INSERTED, "Border gates"));
        assertThat(TextDiff.between("同样", "同样", Language.ZH)).containsExactly(new Segment(SAME, "同样"));
    }
}
