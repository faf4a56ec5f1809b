package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A proposal follows up a commitment of an earlier meeting by a real link (issue 7): a test meeting
 * whose final communiqué made commitments, and the next one preparing.
 */
@DatabaseTest
class ProposalFollowUpTest {

    static final List<String> LEADERS = List.of("tq.leader", "qn.leader", "ls.leader", "cb.leader", "gx.leader");

    @Autowired ProposalService proposals;
    @Autowired CommuniqueService communiques;
    @Autowired ApprovalService approvals;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting earlier;
    Meeting next;
    FollowedUp bridge;

    @BeforeEach
    void commitmentsOfAMeetingAndTheNextPreparing() {
        earlier = AgreedProposals.in(context).inDrafting();
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(earlier.id());
        var version = approvals.circulate(earlier.id());
        for (var leader : LEADERS) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
        next = TestMeetings.newMeeting(meetings, accounts);
        assertThat(next.number()).isEqualTo(earlier.number() + 1);
        SignedIn.as(accounts, "cb.delegate");
        bridge = proposals.commitmentsUnderReview(next.id()).stream()
                .filter(c -> AgreedProposals.BRIDGE_VI.equals(c.text().vi())).findFirst().orElseThrow();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void aProposalFollowsUpACommitmentTheMeetingReviewsAndKeepsTheLinkInItsHistory() {
        assertThat(bridge.meetingNumber()).isEqualTo(earlier.number());
        assertThat(bridge.paragraphNumber()).isPositive();

        var drafted = proposals.draft(next.id(), draft(bridge.id()));
        var stored = proposals.get(drafted.id());
        assertThat(stored.followsUpCommitmentId()).isEqualTo(bridge.id());
        assertThat(proposals.followedUp(stored)).contains(bridge);

        var edited = proposals.edit(stored.id(), stored.getVersion(), draft(null));
        assertThat(proposals.followedUp(edited)).isEmpty();
        assertThat(proposals.history(stored.id())).extracting(r -> r.state().followsUpCommitmentId())
                .containsExactly(bridge.id(), null);
    }

    @Test
    void anUnknownCommitmentIsRefusedOnItsFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> proposals.draft(next.id(), draft(Long.MAX_VALUE)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("followsUpCommitmentId");
                    assertThat(e.messageKey()).isEqualTo("proposal.error.unknownCommitment");
                });
        assertThat(proposals.visible(next.id(), ProposalFilter.ALL, 0, 100)).isEmpty();
    }

    @Test
    void aCarriedOverProposalStillFollowsUpTheCommitment() {
        var third = TestMeetings.newMeeting(meetings, accounts);
        assertThat(third.number()).isEqualTo(next.number() + 1);
        var deferred = Outcomes.in(context).decided(next, "cb.secretary", ProposalStatus.DEFERRED, "Cầu Tà Lùng - Thủy Khẩu",
                "水口大桥", bridge.id());

        SignedIn.as(accounts, "cb.secretary");
        var copy = proposals.carryOver(deferred.id());

        assertThat(copy.meetingId()).isEqualTo(third.id());
        assertThat(proposals.followedUp(copy)).contains(bridge);
    }

    private ProposalDraft draft(@Nullable Long followsUpCommitmentId) {
        return new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.JOINT, Set.of(),
                new LocalizedText("Vận hành cầu Tà Lùng - Thủy Khẩu", "水口大桥运营", null),
                new LocalizedText("Đề nghị hai bên báo cáo tiến độ", "建议双方通报进展", null), null, followsUpCommitmentId, null);
    }
}
