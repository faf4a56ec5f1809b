package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A deferred proposal is offered to its party in the next meeting's preparation and carried over
 * once, as a draft linking to the original (issue 7). Two consecutive test meetings, both
 * preparing: the earlier one decides while preparing, which the workflow allows.
 */
@DatabaseTest
class ProposalCarryOverTest {

    @Autowired ProposalService proposals;
    @Autowired MeetingService meetings;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting earlier;
    Meeting next;
    Proposal deferred;
    Proposal notAgreed;
    Proposal langSons;

    @BeforeEach
    void aMeetingDeferredProposalsAndTheNextPrepares() {
        earlier = TestMeetings.newMeeting(meetings, accounts);
        next = TestMeetings.newMeeting(meetings, accounts);
        assertThat(next.number()).isEqualTo(earlier.number() + 1);
        var outcomes = Outcomes.in(context);
        deferred = outcomes.decided(earlier, "cb.secretary", ProposalStatus.DEFERRED, "Cầu Tà Lùng - Thủy Khẩu", "水口大桥", null);
        notAgreed = outcomes.decided(earlier, "cb.secretary", ProposalStatus.NOT_AGREED, "Chợ biên giới", "边民互市", null);
        langSons = outcomes.decided(earlier, "ls.secretary", ProposalStatus.DEFERRED, "Cửa khẩu Hữu Nghị", "友谊关口岸", null);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void aDeferredProposalIsOfferedToItsOwnerPartysPeopleOnly() {
        assertThat(offeredTo("cb.delegate")).containsExactly(deferred.id());
        assertThat(offeredTo("cb.leader")).containsExactly(deferred.id());
        assertThat(offeredTo("ls.secretary")).containsExactly(langSons.id());
        assertThat(offeredTo("gx.secretary")).isEmpty();
        assertThat(offeredTo("admin")).isEmpty();
        SignedIn.as(accounts, "cb.delegate");
        assertThat(proposals.deferredToCarryOver(earlier.id())).as("offered in the next meeting, not in its own").isEmpty();
    }

    @Test
    void carriedOverOnceAsADraftOfTheNextMeetingWithTheSameTextsLinkingToTheOriginal() {
        SignedIn.as(accounts, "cb.delegate");
        var copy = proposals.carryOver(deferred.id());

        assertThat(copy.meetingId()).isEqualTo(next.id());
        assertThat(copy.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(copy.carriedFromId()).isEqualTo(deferred.id());
        assertThat(copy.ownerPartyId()).isEqualTo(deferred.ownerPartyId());
        assertThat(copy.title()).isEqualTo(deferred.title());
        assertThat(copy.text()).isEqualTo(deferred.text());
        assertThat(copy.areaId()).isEqualTo(deferred.areaId());
        assertThat(copy.scope()).isEqualTo(ProposalScope.BILATERAL);
        assertThat(copy.counterpartPartyIds()).containsExactly(parties.findByCode("GX").orElseThrow().id());
        assertThat(copy.followsUp()).isEqualTo(Outcomes.FOLLOWS_UP);
        assertThat(proposals.background(copy.id())).contains(Outcomes.BACKGROUND);
        assertThat(proposals.deferredToCarryOver(next.id())).isEmpty();

        var original = proposals.get(deferred.id());
        assertThat(original.status()).isEqualTo(ProposalStatus.DEFERRED);
        assertThat(original.getVersion()).as("the original is untouched").isEqualTo(deferred.getVersion());
        assertThat(proposals.history(deferred.id())).last().satisfies(r -> assertThat(r.state().status())
                .isEqualTo(ProposalStatus.DEFERRED));
        assertThat(proposals.history(copy.id())).singleElement().satisfies(r -> {
            assertThat(r.state().carriedFromId()).isEqualTo(deferred.id());
            assertThat(r.revision().username()).isEqualTo("cb.delegate");
        });

        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> proposals.carryOver(deferred.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("proposal.error.carriedOver");
                    assertThat(e.args()).containsExactly(next.number());
                });
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> proposals.get(copy.id())).as("a draft, for Cao Bằng's eyes only")
                .isInstanceOf(RefusedException.class).hasMessage("error.notFound");
    }

    @Test
    void refusedForAnotherPartyOrALeader() {
        for (var user : List.of("gx.secretary", "ls.delegate")) {
            SignedIn.as(accounts, user);
            assertThatThrownBy(() -> proposals.carryOver(deferred.id())).as(user)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");
        }
        SignedIn.as(accounts, "cb.leader");
        assertThatThrownBy(() -> proposals.carryOver(deferred.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(offeredTo("cb.secretary")).as("nothing was carried over").containsExactly(deferred.id());
    }

    @Test
    void refusedForAProposalNotDeferredOrOnceTheNextMeetingNoLongerPrepares() {
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> proposals.carryOver(notAgreed.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));

        SignedIn.as(accounts, "admin");
        meetings.changePhase(next.id(), next.getVersion(), Phase.NEGOTIATION);
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> proposals.carryOver(deferred.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phase"));
        assertThat(proposals.deferredToCarryOver(next.id())).isEmpty();
    }

    private List<Long> offeredTo(String username) {
        SignedIn.as(accounts, username);
        return proposals.deferredToCarryOver(next.id()).stream().map(Proposal::id).toList();
    }
}
