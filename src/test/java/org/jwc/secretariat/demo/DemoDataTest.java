package org.jwc.secretariat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.communique.SectionKind;
import org.jwc.secretariat.communique.SectionText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What a newcomer finds on first start: the 14th meeting's real communiqué, imported and final. */
@DatabaseTest
class DemoDataTest {

    @Autowired MeetingService meetings;
    @Autowired CommuniqueService communiques;
    @Autowired ApprovalService approvals;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theFourteenthMeetingHasItsCommuniqueImportedFinalWithEverySectionInADemoArea() {
        SignedIn.as(accounts, "qn.delegate");
        var meeting = meetings.findByNumber(14).orElseThrow();
        var communique = communiques.find(meeting.id()).orElseThrow();
        assertThat(communique.isFinal()).isTrue();
        assertThat(communique.imported()).isTrue();

        var text = communiques.workingText(meeting.id());
        var areas = text.sections().stream().filter(s -> s.kind() == SectionKind.AREA).toList();
        assertThat(areas).extracting(SectionText::level).containsExactly(1, 1, 1, 2, 2, 2, 2, 1, 1);
        assertThat(areas).allSatisfy(s -> assertThat(s.areaId()).isNotNull());
        assertThat(text.paragraphs()).hasSize(17);
        assertThat(text.paragraphs()).filteredOn(p -> p.kind() != ParagraphKind.COMMON).extracting(ParagraphText::kind)
                .containsExactly(ParagraphKind.BILATERAL, ParagraphKind.BILATERAL, ParagraphKind.BILATERAL, ParagraphKind.SIDE);
        assertThat(text.paragraphs()).filteredOn(p -> p.text().vi().startsWith("Cao Bằng và Quảng Tây"))
                .extracting(p -> p.partyIds().size()).containsExactly(2);

        var version = approvals.latest(meeting.id()).orElseThrow();
        assertThat(version.id()).isEqualTo(communique.finalVersionId());
        assertThat(version).extracting(v -> v.number(), v -> v.circulatedBy()).containsExactly(1, "system");
        assertThat(approvals.text(version.id()).title().vi()).isEqualTo("THÔNG CÁO CHUNG");
    }

    @Test
    void theDemosTextIsTheParsersReferenceFile() throws IOException {
        try (var in = getClass().getResourceAsStream("/org/jwc/secretariat/communique/past/communique-14th-2023.vi.txt")) {
            assertThat(DemoCommunique.text()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
