package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Drafting, submitting and withdrawing proposals (DESIGN §4–§5), at the service. Meeting 18 is hosted by Lạng Sơn. */
@DatabaseTest
class ProposalServiceTest {

    @Autowired ProposalService proposals;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void noOneOutsideQuangNinhSeesQuangNinhsDraftOrItsBackground() {
        var draft = draftAs("qn.delegate", ProposalScope.JOINT, Set.of(), "Lý do nội bộ: ưu tiên của tỉnh");
        assertThat(visibleTo("qn.leader")).contains(draft.id());
        assertThat(proposals.background(draft.id())).contains("Lý do nội bộ: ưu tiên của tỉnh");
        assertThat(visibleTo("gx.secretary")).doesNotContain(draft.id());
        // Answered as an unknown id is: another party can neither read nor count Quảng Ninh's drafts.
        var unknown = catchThrowable(() -> proposals.get(Long.MAX_VALUE));
        assertThat(catchThrowable(() -> proposals.get(draft.id()))).isInstanceOf(RefusedException.class)
                .hasMessage("error.notFound").hasSameClassAs(unknown).hasMessage(unknown.getMessage());
        assertThatThrownBy(() -> proposals.history(draft.id())).isInstanceOf(RefusedException.class).hasMessage("error.notFound");

        var submitted = submitAs("qn.secretary", draft);
        SignedIn.as(accounts, "gx.secretary");
        assertThat(proposals.get(submitted.id()).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThatThrownBy(() -> proposals.background(submitted.id()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");
        assertThat(proposals.history(submitted.id())).extracting(r -> r.state().status())
                .containsExactly(ProposalStatus.SUBMITTED);
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> proposals.background(submitted.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLangSonDelegateCannotEditAQuangNinhDraft() {
        var draft = draftAs("qn.delegate", ProposalScope.JOINT, Set.of(), null);
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> proposals.edit(draft.id(), draft.getVersion(), text("Sửa", "改", ProposalScope.JOINT, Set.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");
    }

    @Test
    void aCaoBangDelegateDraftsButOnlyTheSecretarySubmitsAndRevisesTheSubmittedText() {
        var draft = draftAs("cb.delegate", ProposalScope.SIDE, Set.of(), null);
        assertThatThrownBy(() -> proposals.submit(draft.id(), draft.getVersion())).isInstanceOf(AccessDeniedException.class);
        var submitted = submitAs("cb.secretary", draft);

        SignedIn.as(accounts, "cb.delegate");
        assertThatThrownBy(() -> proposals.edit(submitted.id(), submitted.getVersion(), text("Sửa", "改", ProposalScope.SIDE, Set.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("proposal.error.secretaryRevises");
        SignedIn.as(accounts, "cb.secretary");
        var revised = proposals.edit(submitted.id(), submitted.getVersion(), text("Bản sửa", "修改稿", ProposalScope.SIDE, Set.of()));
        assertThat(revised.title().zh()).isEqualTo("修改稿");
        assertThat(revised.status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void leadersAndAdministratorsDoNotDraft() {
        for (var user : new String[] {"gx.leader", "admin"}) {
            SignedIn.as(accounts, user);
            assertThatThrownBy(() -> proposals.draft(eighteenth().id(), text("X", "乙", ProposalScope.JOINT, Set.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aProposalAddressesItsPartiesByScopeAmongTheMembersOnTheMeetingsDate() {
        SignedIn.as(accounts, "ls.delegate");
        var codes = parties.all().stream().collect(java.util.stream.Collectors.toMap(p -> p.code(), p -> p.id()));
        var joint = draftAs("ls.delegate", ProposalScope.JOINT, Set.of(), null);
        assertThat(joint.counterpartPartyIds())
                .contains(codes.get("TQ"), codes.get("QN"), codes.get("CB"), codes.get("GX"))
                .doesNotContain(codes.get("LS"), codes.get("HG"));
        var side = draftAs("ls.delegate", ProposalScope.SIDE, Set.of(), null);
        assertThat(side.counterpartPartyIds()).contains(codes.get("GX"))
                .allSatisfy(id -> assertThat(parties.get(id).side()).isEqualTo(Side.CN));
        var bilateral = draftAs("ls.delegate", ProposalScope.BILATERAL, Set.of(codes.get("CB")), null);
        assertThat(bilateral.counterpartPartyIds()).containsExactly(codes.get("CB"));

        assertThatThrownBy(() -> proposals.draft(eighteenth().id(),
                text("X", "乙", ProposalScope.BILATERAL, Set.of(codes.get("HG")))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.counterpartNotMember"));
        var none = draftAs("ls.delegate", ProposalScope.BILATERAL, Set.of(), null);
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> proposals.submit(none.id(), none.getVersion()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("counterparts"));
    }

    @Test
    void submittingNeedsBothOfficialLanguagesAndNothingIsHalfSaved() {
        SignedIn.as(accounts, "tq.secretary");
        var onlyVietnamese = proposals.draft(eighteenth().id(), new ProposalDraft(areaId(), ProposalScope.JOINT, Set.of(),
                new LocalizedText("Chỉ tiếng Việt", null, null), new LocalizedText("Nội dung", null, null), null, null, null));
        assertThatThrownBy(() -> proposals.submit(onlyVietnamese.id(), onlyVietnamese.getVersion()))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("title");
                    assertThat(e.messageKey()).isEqualTo("validation.officialLanguages");
                });
        assertThat(proposals.get(onlyVietnamese.id()).status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(onlyVietnamese.missingForSubmission()).as("what its page tells the user")
                .containsExactly("proposal.missing.title", "proposal.missing.text");

        assertThatThrownBy(() -> proposals.edit(onlyVietnamese.id(), onlyVietnamese.getVersion(),
                new ProposalDraft(areaId(), ProposalScope.JOINT, Set.of(), new LocalizedText("Mới", "新", null),
                        new LocalizedText("x".repeat(Proposal.MAX_TEXT + 1), null, null), null, null, "nền\u200B")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(proposals.get(onlyVietnamese.id()).title().vi()).isEqualTo("Chỉ tiếng Việt");

        assertThatThrownBy(() -> proposals.draft(eighteenth().id(), new ProposalDraft(Long.MAX_VALUE, ProposalScope.JOINT,
                Set.of(), new LocalizedText("Lĩnh vực lạ", "未知领域", null), LocalizedText.EMPTY, null, null, null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("areaId"));
    }

    @Test
    void submittingAfterTheDeadlineIsRefusedUntilTheHostExtendsIt() {
        // Meeting 18 with its deadline passed; a new meeting would change what the host rotation proposes next.
        SignedIn.as(accounts, "admin");
        var now = Instant.now();
        var original = eighteenth().details();
        var d = original;
        var meeting = meetings.update(eighteenth().id(), eighteenth().getVersion(), new MeetingDetails(d.number(), d.title(),
                d.startsAt(), d.endsAt(), d.format(), d.venue(), d.bridges(), d.hostPartyId(), d.coChairPartyId(),
                now.minus(Duration.ofDays(1)), d.responseDeadline(), d.approvalDeadline()));
        try {
            SignedIn.as(accounts, "qn.secretary");
            var late = proposals.draft(meeting.id(), text("Muộn", "迟", ProposalScope.JOINT, Set.of()));
            assertThatThrownBy(() -> proposals.submit(late.id(), late.getVersion()))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("proposal.error.deadlinePassed");
                        assertThat((String) e.args()[0]).endsWith("(Asia/Ho_Chi_Minh)");
                    });

            SignedIn.as(accounts, "gx.secretary");
            assertThatThrownBy(() -> meetings.extendProposalDeadline(meeting.id(), meeting.getVersion(), now.plus(Duration.ofDays(2))))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("meeting.error.extendHostOnly");
            SignedIn.as(accounts, "ls.secretary");
            assertThatThrownBy(() -> meetings.extendProposalDeadline(meeting.id(), meeting.getVersion(), now.minus(Duration.ofHours(1))))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.extendLater"));
            meetings.extendProposalDeadline(meeting.id(), meeting.getVersion(), now.plus(Duration.ofDays(2)));

            SignedIn.as(accounts, "qn.secretary");
            assertThat(proposals.submit(late.id(), late.getVersion()).status()).isEqualTo(ProposalStatus.SUBMITTED);
        } finally {
            SignedIn.as(accounts, "admin");
            meetings.update(meeting.id(), eighteenth().getVersion(), original);
        }
    }

    @Test
    void everyChangeIsKeptWithWhoMadeItAndAStaleVersionIsRefused() {
        var draft = draftAs("cb.delegate", ProposalScope.JOINT, Set.of(), null);
        var edited = proposals.edit(draft.id(), draft.getVersion(), text("Cửa khẩu Trà Lĩnh", "龙邦口岸", ProposalScope.JOINT, Set.of()));
        assertThatThrownBy(() -> proposals.edit(draft.id(), draft.getVersion(), text("Cũ", "旧", ProposalScope.JOINT, Set.of())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        var submitted = submitAs("cb.secretary", edited);
        var withdrawn = proposals.withdraw(submitted.id(), submitted.getVersion());
        assertThat(withdrawn.status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThatThrownBy(() -> proposals.withdraw(withdrawn.id(), withdrawn.getVersion()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("proposal.error.status"));

        assertThat(proposals.history(draft.id())).extracting(r -> r.revision().username())
                .containsExactly("cb.delegate", "cb.delegate", "cb.secretary", "cb.secretary");
        SignedIn.as(accounts, "qn.delegate");
        assertThat(proposals.history(draft.id())).extracting(r -> r.state().status())
                .containsExactly(ProposalStatus.SUBMITTED, ProposalStatus.WITHDRAWN);
    }

    private Proposal draftAs(String username, ProposalScope scope, Set<Long> counterparts, String background) {
        SignedIn.as(accounts, username);
        var d = text("Hợp tác " + SignedIn.unique(""), "合作", scope, counterparts);
        return proposals.draft(eighteenth().id(), new ProposalDraft(d.areaId(), d.scope(), d.counterpartPartyIds(),
                d.title(), d.text(), null, null, background));
    }

    private Proposal submitAs(String username, Proposal proposal) {
        SignedIn.as(accounts, username);
        return proposals.submit(proposal.id(), proposals.get(proposal.id()).getVersion());
    }

    private java.util.List<Long> visibleTo(String username) {
        SignedIn.as(accounts, username);
        return proposals.visible(eighteenth().id(), ProposalFilter.ALL, 0, 10_000).stream().map(Proposal::id).toList();
    }

    private Meeting eighteenth() {
        return meetings.findByNumber(18).orElseThrow();
    }

    private long areaId() {
        return areas.children(null).getFirst().id();
    }

    private ProposalDraft text(String vi, String zh, ProposalScope scope, Set<Long> counterparts) {
        return new ProposalDraft(areaId(), scope, counterparts, new LocalizedText(vi, zh, null),
                new LocalizedText(vi + " — đề nghị hai bên phối hợp", zh + "：建议双方加强合作", null), null, null, null);
    }
}
