package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
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

/** Counterpart responses and the host's outcomes (DESIGN §4–§5, ADR 0019), at the service. Meeting 18 is hosted by Lạng Sơn. */
@DatabaseTest
class NegotiationServiceTest {

    private static final LocalizedText AMENDED = new LocalizedText(
            "Hai bên phối hợp nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang trong năm 2027",
            "双方协调于2027年升级茶岭—龙邦口岸", null);
    private static final LocalizedText HOST_WORDING = new LocalizedText(
            "Hai bên thống nhất phối hợp nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang, hoàn thành trong năm 2027",
            "双方同意协调升级茶岭—龙邦口岸，于2027年内完成", null);

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
        assertThat(proposals.get(bilateral.id()).status()).as("a response leaves the status to the host")
                .isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void noOneRespondsToADraft() {
        SignedIn.as(accounts, "cb.secretary");
        var draft = proposals.draft(meeting18(), draft(ProposalScope.JOINT, Set.of()));
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.respond(draft.id(), null, support())).isInstanceOf(RefusedException.class)
                .hasMessage("error.notFound");
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
        var elsewhere = submitted("qn", ProposalScope.SIDE, Set.of());
        SignedIn.as(accounts, "gx.secretary");
        var otherProposalsAmendment = negotiation.respond(elsewhere.id(), null, withChanges());

        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.openDiscussion(proposal.id(), proposal.getVersion()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("proposal.error.hostOnly");
        SignedIn.as(accounts, "ls.secretary");
        var current = negotiation.openDiscussion(proposal.id(), proposal.getVersion());
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("proposal.error.hostOnly");
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, null)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), amendedBy(otherProposalsAmendment.id())))
                .as("a hand-made request naming another proposal's response")
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("amendedResponse"));
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), current.getVersion(), OutcomeDraft.of(ProposalStatus.SUBMITTED, "x")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notAnOutcome"));
        var agreed = negotiation.decide(proposal.id(), current.getVersion(), amendedBy(amendment.id()));
        assertThat(agreed.status()).isEqualTo(ProposalStatus.AGREED_AMENDED);
        assertThat(agreed.outcomeReason()).as("an agreement needs no reason").isNull();
        assertThat(negotiation.agreedText(proposal.id())).isEqualTo(
                new AgreedText(AMENDED, AgreedText.Source.AMENDMENT, party("GX"), null, null));

        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> negotiation.respond(proposal.id(), amendment.getVersion(), support()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> proposals.withdraw(proposal.id(), agreed.getVersion()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));
    }

    @Test
    void theHostWritesTheAgreedWordingItselfAndItIsTheTextTheCommuniqueTakes() {
        var proposal = submitted("cb", ProposalScope.JOINT, Set.of());
        SignedIn.as(accounts, "gx.secretary");
        var amendment = negotiation.respond(proposal.id(), null, withChanges());
        SignedIn.as(accounts, "ls.secretary");
        var open = negotiation.openDiscussion(proposal.id(), proposal.getVersion());

        assertThatThrownBy(() -> negotiation.decide(proposal.id(), open.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED_AMENDED, null)))
                .as("neither a counterpart's amendment nor the host's wording")
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("amendedResponse"));
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), open.getVersion(), hostWrote(new LocalizedText(HOST_WORDING.vi(), null, null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.officialLanguages"));
        assertThatThrownBy(() -> negotiation.decide(proposal.id(), open.getVersion(), new OutcomeDraft(ProposalStatus.AGREED_AMENDED,
                null, amendment.id(), HOST_WORDING)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.oneAgreedWording"));

        var agreed = negotiation.decide(proposal.id(), open.getVersion(), hostWrote(HOST_WORDING));
        assertThat(agreed.status()).isEqualTo(ProposalStatus.AGREED_AMENDED);
        assertThat(agreed.agreedResponseId()).isNull();

        SignedIn.as(accounts, "gx.leader");
        var text = negotiation.agreedText(proposal.id());
        assertThat(text.text()).isEqualTo(HOST_WORDING);
        assertThat(text.source()).isEqualTo(AgreedText.Source.HOST);
        assertThat(text.partyId()).as("the host party wrote it").isEqualTo(party("LS"));
        assertThat(text.authorName()).isEqualTo("Bùi Thị Hoa");
        assertThat(text.writtenAt()).isNotNull();
        assertThat(negotiation.agreed(meeting18())).filteredOn(a -> a.proposal().id() == proposal.id())
                .extracting(AgreedProposal::text).as("what the communiqué drafter reads").containsExactly(HOST_WORDING);
    }

    @Test
    void aDeferralAndANonAgreementNeedAReasonAnAgreementDoesNot() {
        SignedIn.as(accounts, "ls.secretary");
        for (var outcome : List.of(ProposalStatus.DEFERRED, ProposalStatus.NOT_AGREED)) {
            var open = underDiscussion(submitted("tq", ProposalScope.JOINT, Set.of()));
            assertThatThrownBy(() -> negotiation.decide(open.id(), open.getVersion(), OutcomeDraft.of(outcome, " ")))
                    .as(outcome.name()).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            var decided = negotiation.decide(open.id(), open.getVersion(), OutcomeDraft.of(outcome, "Chờ ý kiến Trung ương"));
            assertThat(decided.outcomeReason()).isEqualTo("Chờ ý kiến Trung ương");
            assertThatThrownBy(() -> negotiation.agreedText(open.id()))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.notAgreed"));
        }
        var open = underDiscussion(submitted("tq", ProposalScope.JOINT, Set.of()));
        var agreed = negotiation.decide(open.id(), open.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, ""));
        assertThat(agreed.outcomeReason()).isNull();
        assertThat(negotiation.agreedText(open.id()).source()).isEqualTo(AgreedText.Source.PROPOSAL);
        var withNote = underDiscussion(submitted("tq", ProposalScope.JOINT, Set.of()));
        assertThat(negotiation.decide(withNote.id(), withNote.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, "Nhất trí tại phiên họp"))
                .outcomeReason()).as("a reason may still be given").isEqualTo("Nhất trí tại phiên họp");
    }

    @Test
    void everyScopeTakesTheSameStepsTheHostPutsItUnderDiscussionThenRecordsTheOutcome() {
        var each = List.of(submitted("tq", ProposalScope.JOINT, Set.of()), submitted("gx", ProposalScope.SIDE, Set.of()),
                submitted("qn", ProposalScope.BILATERAL, Set.of(party("GX"))),
                submitted("gx", ProposalScope.BILATERAL, Set.of(party("LS"))));
        for (var proposal : each) {
            var counterpart = parties.get(proposal.counterpartPartyIds().iterator().next()).code().toLowerCase(java.util.Locale.ROOT);
            SignedIn.as(accounts, counterpart + ".secretary");
            negotiation.respond(proposal.id(), null, support());
            SignedIn.as(accounts, "ls.secretary");
            var scope = proposal.scope() + " to " + counterpart;
            assertThat(proposals.get(proposal.id()).status()).as(scope).isEqualTo(ProposalStatus.SUBMITTED);
            assertThatThrownBy(() -> negotiation.decide(proposal.id(), proposal.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, null)))
                    .as(scope).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));
            var open = negotiation.openDiscussion(proposal.id(), proposal.getVersion());
            assertThat(open.status()).as(scope).isEqualTo(ProposalStatus.UNDER_DISCUSSION);
            assertThat(negotiation.decide(proposal.id(), open.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, null)).status())
                    .as(scope).isEqualTo(ProposalStatus.AGREED);
        }
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

    private Proposal underDiscussion(Proposal submitted) {
        SignedIn.as(accounts, "ls.secretary");
        return negotiation.openDiscussion(submitted.id(), submitted.getVersion());
    }

    private static OutcomeDraft amendedBy(long responseId) {
        return new OutcomeDraft(ProposalStatus.AGREED_AMENDED, null, responseId, null);
    }

    private static OutcomeDraft hostWrote(LocalizedText wording) {
        return new OutcomeDraft(ProposalStatus.AGREED_AMENDED, null, null, wording);
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
