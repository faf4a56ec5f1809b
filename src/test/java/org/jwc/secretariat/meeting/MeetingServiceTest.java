package org.jwc.secretariat.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
@WithUserDetails("ls.delegate")
class MeetingServiceTest {

    @Autowired MeetingService meetings;
    @Autowired PartyService parties;


    @Test
    void pastMeetingsKeepThePartyNamesTheyHadThen() {
        var fifteenth = meetings.findByNumber(15).orElseThrow();
        assertThat(parties.get(fifteenth.hostPartyId()).code()).isEqualTo("GX");
        assertThat(parties.get(fifteenth.coChairPartyId()).name().vi()).isEqualTo("Hà Giang");
        assertThat(meetings.findByNumber(17).orElseThrow().phase()).isEqualTo(Phase.CONCLUDED);
    }

    @Test
    void theEighteenthIsHostedByLangSonWithGuangxiCoChairingAsTheRotationProposed() {
        var eighteenth = meetings.findByNumber(18).orElseThrow();
        assertThat(parties.get(eighteenth.hostPartyId()).code()).isEqualTo("LS");
        assertThat(parties.get(eighteenth.coChairPartyId()).code()).isEqualTo("GX");
        assertThat(eighteenth.phase()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    void theRotationProposesGuangxiToHostTheNineteenthWithLangSonCoChairing() {
        var next = meetings.proposeNext().orElseThrow();
        assertThat(next.number()).isEqualTo(19);
        assertThat(parties.get(next.hostPartyId()).code()).isEqualTo("GX");
        assertThat(parties.get(next.coChairPartyId()).code()).isEqualTo("LS");
    }

    @Test
    @WithUserDetails("admin")
    void aMeetingMovesOnePhaseAtATimeAndHostAndCoChairAreOfDifferentSides() {
        var eighteenth = meetings.findByNumber(18).orElseThrow();
        assertThatThrownBy(() -> meetings.changePhase(eighteenth.id(), eighteenth.getVersion(), Phase.DRAFTING))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phaseStep"));
        var d = eighteenth.details();
        var bothVietnamese = new MeetingDetails(d.number(), d.title(), d.startsAt(), d.endsAt(), d.format(), d.venue(),
                d.bridges(), d.hostPartyId(), parties.findByCode("CB").orElseThrow().id(), d.proposalDeadline(),
                d.responseDeadline(), d.approvalDeadline());
        assertThatThrownBy(() -> meetings.update(eighteenth.id(), eighteenth.getVersion(), bothVietnamese))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("coChairPartyId"));
        assertThat(meetings.findByNumber(18).orElseThrow().phase()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    @WithUserDetails("admin")
    void anOnlineMeetingNeedsItsBridgeLocationsInBothOfficialLanguages() {
        var d = meetings.findByNumber(14).orElseThrow().details();
        var noBridges = new MeetingDetails(99, d.title(), d.startsAt(), d.endsAt(), MeetingFormat.ONLINE, d.venue(),
                org.jwc.secretariat.i18n.LocalizedText.EMPTY, d.hostPartyId(), d.coChairPartyId(), null, null, null);
        assertThatThrownBy(() -> meetings.create(noBridges))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("bridges"));
        assertThat(meetings.findByNumber(99)).isEmpty();
    }
}
