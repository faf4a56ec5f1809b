package org.jwc.secretariat.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.export.Block.Heading;
import org.jwc.secretariat.export.Block.Paragraph;
import org.jwc.secretariat.export.Block.Parallel;
import org.jwc.secretariat.export.Block.Table;
import org.jwc.secretariat.i18n.Language;

class ExportDocumentTest {

    @Test
    void aDocumentWithoutATitleIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new ExportDocument(Language.VI, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The title of an exported document must not be null");
        assertThatThrownBy(() -> new ExportDocument(Language.ZH, " \u3000 ", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The title of an exported document must not be empty");
        assertThatThrownBy(() -> new ExportDocument(Language.VI, "Biên bản\nHội nghị", List.of()))
                .hasMessageContaining("one line");
    }

    @Test
    void aDocumentNeedsALanguageAndAListOfBlocksWithoutNulls() {
        assertThatThrownBy(() -> new ExportDocument(null, "Biên bản", List.of()))
                .hasMessage("An exported document needs a language");
        assertThatThrownBy(() -> new ExportDocument(Language.VI, "Biên bản", Arrays.asList(new Paragraph("a"), null)))
                .hasMessage("The blocks of an exported document contain null at 1");
    }

    @Test
    void headingsAreOfLevelOneToThreeAndNotEmpty() {
        assertThatThrownBy(() -> new Heading(4, "Mục")).hasMessage("A heading's level is 1, 2 or 3, not 4");
        assertThatThrownBy(() -> new Heading(1, "")).hasMessageContaining("heading").hasMessageContaining("empty");
    }

    @Test
    void aTableRowOfAnotherWidthThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> new Table(List.of("STT", "Nội dung"), List.of(List.of("1"))))
                .hasMessageStartingWith("A table row has 1 cells, the header 2");
        assertThatThrownBy(() -> new Table(List.of(), List.of())).hasMessage("A table needs at least one column");
        assertThatThrownBy(() -> new Table(List.of("序号"), List.of(Arrays.asList((String) null))))
                .hasMessageContaining("null");
    }

    @Test
    void vietnameseTypedAsLettersAndCombiningMarksIsKeptAsOneCharacterEach() {
        // "Quảng" as a keyboard on some systems sends it: a, combining hook above (U+0309).
        var decomposed = "Qua\u0309ng Ninh";
        var document = new ExportDocument(Language.VI, decomposed, List.of(new Paragraph(decomposed + "\r\nLạng Sơn\tCao Bằng")));
        assertThat(document.title()).isEqualTo("Quảng Ninh").hasSize(10);
        assertThat(((Paragraph) document.blocks().getFirst()).text()).isEqualTo("Quảng Ninh\nLạng Sơn    Cao Bằng");
    }

    @Test
    void theBlocksCannotBeChangedAfterwards() {
        var blocks = new java.util.ArrayList<Block>(List.of(new Paragraph("a")));
        var document = new ExportDocument(Language.EN, "Minutes", blocks);
        blocks.add(new Paragraph("b"));
        assertThat(document.blocks()).hasSize(1);
        assertThatThrownBy(() -> document.blocks().add(new Paragraph("c"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theTitleIsPrintedAboveTheBlocksUnlessTheyCarryItThemselves() {
        assertThat(new ExportDocument(Language.VI, "Biên bản", List.of()).titlePrinted()).isTrue();
        assertThat(new ExportDocument(Language.VI, "Thông cáo chung / 联合公报", "", List.of(), false).titlePrinted()).isFalse();
    }

    @Test
    void theRunningHeaderIsOneLineAndNoneWhenNullOrBlank() {
        assertThat(new ExportDocument(Language.VI, "Biên bản", List.of()).header()).isEmpty();
        assertThat(new ExportDocument(Language.VI, "Biên bản", null, List.of()).header()).isEmpty();
        assertThat(new ExportDocument(Language.VI, "Biên bản", " \u3000 ", List.of()).header()).isEmpty();
        assertThat(new ExportDocument(Language.VI, "Biên bản", " DỰ THA\u0309O – phiên bản 3f2a9c1e ", List.of()).header())
                .isEqualTo("DỰ THẢO – phiên bản 3f2a9c1e");
        assertThatThrownBy(() -> new ExportDocument(Language.ZH, "纪要", "草案\n第2版", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The header of an exported document is one line: 草案\n第2版");
    }

    @Test
    void parallelTextsMayBeEmptyButNotNull() {
        var row = new Parallel("Lạng Sơn\r\nCao Bằng", "", false);
        assertThat(row.left()).isEqualTo("Lạng Sơn\nCao Bằng");
        assertThat(row.right()).isEmpty();
        assertThatThrownBy(() -> new Parallel("Lạng Sơn", null, false))
                .hasMessage("The parallel text of an exported document must not be null; use \"\"");
        assertThatThrownBy(() -> new Parallel("Lạng Sơn", "谅山", (Parallel.Role) null)).hasMessage("A parallel row needs a role");
    }
}
