package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Counterpart responses and the host's outcomes (DESIGN §4–§5), at the service. Meeting 18 is hosted by Lạng Sơn. */
@DatabaseTest
class NegotiationServiceTest {

    private static final LocalizedText AMENDED = new LocalizedText(
            "Hai bên phối hợp nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang trong năm 2027",
            "双方协调于2027年升级茶岭—龙邦口岸", null);

    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aGuangxiSecretaryCannotRespondToAProposalNotAddressedToGuangxi() {
        SignedIn.as(accounts, "qn.secretary");
        var bilateral = submitted("qn", ProposalScope.BILATERAL, Set.of(party("LS")));
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.respond(bilateral.id(), null, support()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("proposal.error.notAddressed");
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> negotiation.respond(bilateral.id(), null, support())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "ls.secretary");
        assertThat(negotiation.respond(bilateral.id(), null, support()).position()).isEqualTo(Position.SUPPORT);
        assertThat(proposals.get(bilateral.id()).status()).isEqualTo(ProposalStatus.UNDER_DISCUSSION);
    }

    @Test
    void noOneRespondsToADraft() {
        SignedIn.as(accounts, "cb.secretary");
        var draft = proposals.draft(meeting18(), draft(ProposalScope.JOINT, Set.of()));
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.respond(draft.id(), null, support())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void supportWithChangesCarriesTheAmendedTextInBothLanguagesAndOtherPositionsAReason() {
        var proposal = submitted("cb", ProposalScope.SIDE, Set.of());
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.respond(proposal.id(), null, new ResponseDraft(Position.SUPPORT_WITH_CHANGES,
                new LocalizedText(AMENDED.vi(), null, null), "Đề nghị sửa thời gian")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("amendedText"));
        assertThatThrownBy(() -> negotiation.respond(proposal.id(), null, new ResponseDraft(Position.OPPOSE, LocalizedText.EMPTY, " ")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThat(negotiation.responses(proposal.id())).isEmpty();

        var response = negotiation.respond(proposal.id(), null, withChanges());
        var revised = negotiation.respond(proposal.id(), response.getVersion(),
                new ResponseDraft(Position.NEEDS_DISCUSSION, AMENDED, "Cần trao đổi thêm"));
        assertThat(revised.amendedText()).isEqualTo(LocalizedText.EMPTY);
        assertThatThrownBy(() -> negotiation.respond(proposal.id(), response.getVersion(), support()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));

        SignedIn.as(accounts, "qn.delegate");
        assertThat(negotiation.responseHistory(proposal.id(), party("GX")))
                .as("every version kept, with who saved it, for every party to read")
                .extracting(r -> r.state().position(), r -> r.revision().username())
                .containsExactly(tuple(Position.SUPPORT_WITH_CHANGES, "gx.secretary"), tuple(Position.NEEDS_DISCUSSION, "gx.secretary"));
        assertThat(negotiation.responseHistory(proposal.id(), party("QN"))).isEmpty();
    }

    @Test
    void theHostsSecretaryAgreesAProposalAsAmendedByAChosenResponse() {
        var proposal = submitted("cb", ProposalScope.SIDE, Set.of());
        SignedIn.as(accounts, "gx.secretary");
        var amendment = negotiation.respond(proposal.id(), null, withChanges());

        SignedIn.as(accounts, "gx.secretary");
        var current = proposals.get(proposal.id());
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), ProposalStatus.AGREED, "Nhất trí", null))
                .isInstanceOf(AccessDeniedException.class).hasMessage("proposal.error.hostOnly");
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), ProposalStatus.AGREED, "Nhất trí", null))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), ProposalStatus.AGREED_AMENDED, "Nhất trí", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("amendedResponse"));
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), ProposalStatus.SUBMITTED, "x", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notAnOutcome"));
        var agreed = negotiation.decide(proposal.id(), current.getVersion(), ProposalStatus.AGREED_AMENDED,
                "Nhất trí theo đề xuất sửa đổi của Quảng Tây", amendment.id());
        assertThat(agreed.status()).isEqualTo(ProposalStatus.AGREED_AMENDED);
        assertThat(negotiation.agreedText(proposal.id())).isEqualTo(AMENDED);

        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.respond(proposal.id(), amendment.getVersion(), support()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> proposals.withdraw(proposal.id(), agreed.getVersion()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));
    }

    @Test
    void anOutcomeComesOnlyAfterDiscussionAndAlwaysWithAReason() {
        var proposal = submitted("tq", ProposalScope.JOINT, Set.of());
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), proposal.getVersion(), ProposalStatus.DEFERRED, "Để sau", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));
        var open = negotiation.openDiscussion(proposal.id(), proposal.getVersion());
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), open.getVersion(), ProposalStatus.DEFERRED, "", null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        var deferred = negotiation.decide(proposal.id(), open.getVersion(), ProposalStatus.DEFERRED, "Chờ ý kiến Trung ương", null);
        assertThat(deferred.outcomeReason()).isEqualTo("Chờ ý kiến Trung ương");
        assertThatThrownBy(() -> negotiation.agreedText(proposal.id()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notAgreed"));
    }

    @Test
    void theMatrixShowsEachAddressedPartysPosition() {
        SignedIn.as(accounts, "tq.leader");
        var proposal = submitted("qn", ProposalScope.JOINT, Set.of());
        SignedIn.as(accounts, "gx.secretary");
        negotiation.respond(proposal.id(), null, support());
        SignedIn.as(accounts, "cb.secretary");
        negotiation.respond(proposal.id(), null, withChanges());

        SignedIn.as(accounts, "tq.leader");
        var row = negotiation.matrix(meeting18(), new ProposalFilter(null, party("QN"), null), 0, 10_000).stream()
                .filter(r -> r.proposal().id() == proposal.id()).findFirst().orElseThrow();
        assertThat(row.positions()).containsEntry(party("GX"), Position.SUPPORT)
                .containsEntry(party("CB"), Position.SUPPORT_WITH_CHANGES).doesNotContainKey(party("LS"));
        assertThat(negotiation.matrix(meeting18(), new ProposalFilter(null, party("QN"), ProposalStatus.DEFERRED), 0, 10_000))
                .extracting(r -> r.proposal().id()).doesNotContain(proposal.id());
    }

    private Proposal submitted(String party, ProposalScope scope, Set<Long> counterparts) {
        SignedIn.as(accounts, party + ".secretary");
        var draft = proposals.draft(meeting18(), draft(scope, counterparts));
        return proposals.submit(draft.id(), draft.getVersion());
    }

    private ProposalDraft draft(ProposalScope scope, Set<Long> counterparts) {
        return new ProposalDraft(areas.children(null).getFirst().id(), scope, counterparts,
                new LocalizedText("Nâng cấp cửa khẩu " + SignedIn.unique(""), "口岸升级", null),
                new LocalizedText("Đề nghị nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang", "建议升级茶岭—龙邦口岸", null), null, null, null);
    }

    private static ResponseDraft support() {
        return new ResponseDraft(Position.SUPPORT, LocalizedText.EMPTY, null);
    }

    private static ResponseDraft withChanges() {
        return new ResponseDraft(Position.SUPPORT_WITH_CHANGES, AMENDED, "Đề nghị ghi rõ thời gian");
    }

    private long meeting18() {
        return meetings.findByNumber(18).orElseThrow().id();
    }

    private long party(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
