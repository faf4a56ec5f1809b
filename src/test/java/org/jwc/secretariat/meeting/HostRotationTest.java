package org.jwc.secretariat.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwc.secretariat.party.Side.CN;
import static org.jwc.secretariat.party.Side.VN;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.meeting.HostRotation.Held;
import org.jwc.secretariat.meeting.HostRotation.Member;

class HostRotationTest {

    static final long HG = 1, QN = 2, LS = 3, CB = 4, GX = 5, TQ = 6;

    /** The committee as of 2026: Hà Giang merged into Tuyên Quang, which takes its place. */
    final HostRotation rotation = new HostRotation(List.of(
            new Member(HG, VN, 1, TQ, false),
            new Member(QN, VN, 2, null, true),
            new Member(LS, VN, 3, null, true),
            new Member(CB, VN, 4, null, true),
            new Member(GX, CN, 1, null, true),
            new Member(TQ, VN, null, null, true)));

    /** The committee before 1 July 2025, when Hà Giang was still a member. */
    final HostRotation before2025Merger = new HostRotation(List.of(
            new Member(HG, VN, 1, null, true),
            new Member(QN, VN, 2, null, true),
            new Member(LS, VN, 3, null, true),
            new Member(CB, VN, 4, null, true),
            new Member(GX, CN, 1, null, true)));

    @Test
    void theRealSequenceFromTheFourteenthToTheSeventeenthFollowsTheRule() {
        var history = new ArrayList<>(List.of(new Held(14, HG)));
        assertThat(before2025Merger.proposeAfter(history)).contains(new HostRotation.Proposal(15, GX, HG));
        history.add(new Held(15, GX));
        assertThat(before2025Merger.proposeAfter(history)).contains(new HostRotation.Proposal(16, QN, GX));
        history.add(new Held(16, QN));
        assertThat(rotation.proposeAfter(history)).contains(new HostRotation.Proposal(17, GX, QN));
    }

    @Test
    void aCoChairThatLeftTheCommitteeIsReplacedByItsSuccessor() {
        assertThat(rotation.proposeAfter(List.of(new Held(14, HG)))).contains(new HostRotation.Proposal(15, GX, TQ));
    }

    @Test
    void afterTheSeventeenthLangSonThenCaoBangThenTuyenQuangInHaGiangsPlace() {
        var history = new ArrayList<>(List.of(new Held(14, HG), new Held(15, GX), new Held(16, QN), new Held(17, GX)));
        var expected = List.of(
                new HostRotation.Proposal(18, LS, GX),
                new HostRotation.Proposal(19, GX, LS),
                new HostRotation.Proposal(20, CB, GX),
                new HostRotation.Proposal(21, GX, CB),
                new HostRotation.Proposal(22, TQ, GX),
                new HostRotation.Proposal(23, GX, TQ),
                new HostRotation.Proposal(24, QN, GX));
        for (var proposal : expected) {
            assertThat(rotation.proposeAfter(history)).contains(proposal);
            history.add(new Held(proposal.number(), proposal.hostId()));
        }
    }

    @Test
    void aMeetingHostedByTheSuccessorCountsAsItsPredecessorsTurn() {
        var history = List.of(new Held(21, GX), new Held(22, TQ), new Held(23, GX));
        assertThat(rotation.proposeAfter(history)).contains(new HostRotation.Proposal(24, QN, GX));
    }

    @Test
    void proposesNothingBeforeTheFirstMeeting() {
        assertThat(rotation.proposeAfter(List.of())).isEmpty();
    }

    @Test
    void aSideWithoutAHostingOrderGetsNoProposal() {
        var noOrder = new HostRotation(List.of(new Member(LS, VN, null, null, true), new Member(GX, CN, 1, null, true)));
        assertThat(noOrder.proposeAfter(List.of(new Held(1, GX)))).isEmpty();
    }
}
