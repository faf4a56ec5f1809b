package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.communique.Terminology.Term;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/** The editor warns when a paragraph names a party in one official language but not in the other. */
class TerminologyTest {

    static final LocalizedText GUANGXI = new LocalizedText("Quảng Tây", "广西", "Guangxi");
    static final LocalizedText GUANGXI_FULL = new LocalizedText("Khu tự trị dân tộc Choang Quảng Tây", "广西壮族自治区", null);
    static final LocalizedText CAO_BANG = new LocalizedText("Cao Bằng", "高平省", "Cao Bang");
    static final List<Term> TERMS = List.of(new Term(GUANGXI, List.of(GUANGXI, GUANGXI_FULL)), new Term(CAO_BANG, List.of(CAO_BANG)));

    @Test
    void aPartyNamedInVietnameseButMissingFromTheChineseIsReportedAsMissingInChinese() {
        var warnings = Terminology.check(text(paragraph(7, "Cao Bằng và Quảng Tây phối hợp hoàn thiện thủ tục.", "双方配合完善手续。")), TERMS);

        assertThat(warnings).containsExactlyInAnyOrder(new TermWarning(7, GUANGXI, Language.ZH), new TermWarning(7, CAO_BANG, Language.ZH));
    }

    @Test
    void aShortNameInOneLanguageAndTheFullNameInTheOtherAgree() {
        var warnings = Terminology.check(text(paragraph(8, "Cao Bằng và Quảng Tây phối hợp.", "高平省与广西壮族自治区配合。")), TERMS);

        assertThat(warnings).isEmpty();
    }

    @Test
    void aPairStillMissingALanguageIsLeftToThePendingMark() {
        var warnings = Terminology.check(text(paragraph(9, "Cao Bằng phối hợp.", null)), TERMS);

        assertThat(warnings).isEmpty();
    }

    private static CommuniqueText text(ParagraphText paragraph) {
        return new CommuniqueText(LocalizedText.EMPTY, LocalizedText.EMPTY,
                List.of(new SectionText(1, SectionKind.AREA, null, 1, LocalizedText.EMPTY, List.of(paragraph))));
    }

    private static ParagraphText paragraph(long id, String vi, String zh) {
        return new ParagraphText(id, ParagraphKind.BILATERAL, List.of(), new LocalizedText(vi, zh, null), null, List.of(), List.of());
    }
}
