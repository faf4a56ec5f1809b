package org.jwc.secretariat.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may do what with agenda items (DESIGN §5), at the service. Meeting 18 is hosted by Lạng Sơn. */
@DatabaseTest
class AgendaServiceTest {

    @Autowired AgendaService agenda;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void aCaoBangDraftIsSeenOnlyByCaoBangUntilItsSecretarySubmitsIt() {
        var item = draftAs("cb.delegate");
        assertThat(visibleTo("cb.leader")).contains(item.id());
        assertThat(visibleTo("ls.secretary")).doesNotContain(item.id());
        assertThat(visibleTo("gx.delegate")).doesNotContain(item.id());
        assertThatThrownBy(() -> agenda.get(item.id())).isInstanceOf(RefusedException.class).hasMessage("error.notFound");
        assertThatThrownBy(() -> agenda.history(item.id())).isInstanceOf(RefusedException.class).hasMessage("error.notFound");

        SignedIn.as(accounts, "cb.secretary");
        agenda.submit(item.id(), item.getVersion());
        assertThat(visibleTo("gx.delegate")).contains(item.id());
        assertThat(agenda.get(item.id()).status()).isEqualTo(AgendaItemStatus.SUBMITTED);
    }

    @Test
    void anotherPartysDraftReadsAsAnUnknownId() {
        var item = draftAs("cb.delegate");
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> agenda.get(item.id())).isInstanceOf(RefusedException.class).hasMessage("error.notFound");
        assertThatThrownBy(() -> agenda.get(Long.MAX_VALUE)).isInstanceOf(RefusedException.class).hasMessage("error.notFound");
    }

    @Test
    void aLangSonDelegateCannotEditACaoBangDraft() {
        var item = draftAs("cb.delegate");
        SignedIn.as(accounts, "ls.delegate");
        assertThatThrownBy(() -> agenda.edit(item.id(), item.getVersion(), bilingual("Sửa", "改")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");
    }

    @Test
    void aCaoBangDelegateDraftsButCannotSubmit() {
        var item = draftAs("cb.delegate");
        assertThatThrownBy(() -> agenda.submit(item.id(), item.getVersion())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadersAndAdministratorsDoNotDraft() {
        SignedIn.as(accounts, "qn.leader");
        var meeting = meetings.findByNumber(18);
        assertThatThrownBy(() -> agenda.draft(meeting.orElseThrow().id(), bilingual("X", "乙")))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> agenda.draft(meeting.orElseThrow().id(), bilingual("X", "乙")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheHostsSecretaryAssemblesTheOfficialAgenda() {
        var first = submitted("qn");
        var second = submitted("gx");

        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> agenda.place(first.id(), first.getVersion()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("agenda.error.hostOnly");

        SignedIn.as(accounts, "ls.secretary");
        var placedFirst = agenda.place(first.id(), first.getVersion());
        var placedSecond = agenda.place(second.id(), second.getVersion());
        assertThat(placedSecond.officialPosition()).isEqualTo(placedFirst.officialPosition() + 1);
        agenda.moveOnOfficialAgenda(second.id(), -1);
        var official = agenda.officialAgenda(first.meetingId()).stream().map(AgendaItem::id).toList();
        assertThat(official.indexOf(second.id())).isLessThan(official.indexOf(first.id()));

        var current = agenda.get(first.id());
        assertThatThrownBy(() -> agenda.decline(first.id(), current.getVersion(), ""))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        var declined = agenda.decline(first.id(), current.getVersion(), "Trùng với mục của Lạng Sơn");
        assertThat(declined.status()).isEqualTo(AgendaItemStatus.DECLINED);
        assertThat(agenda.officialAgenda(first.meetingId())).extracting(AgendaItem::id).doesNotContain(first.id());
    }

    @Test
    void theHostPutsAnItemAtAnyPlaceOfTheOfficialAgendaAndAWithdrawnItemLeavesNoGap() {
        var items = java.util.stream.Stream.of("qn", "cb", "gx").map(this::submitted).toList();
        SignedIn.as(accounts, "ls.secretary");
        items.forEach(i -> agenda.place(i.id(), agenda.get(i.id()).getVersion()));
        var last = items.getLast();
        agenda.placeOnOfficialAgendaAt(last.id(), agenda.get(items.getFirst().id()).officialPosition());
        var official = agenda.officialAgenda(last.meetingId());
        assertThat(official).extracting(AgendaItem::officialPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, official.size()).boxed().toList());
        var ids = official.stream().map(AgendaItem::id).toList();
        assertThat(ids.indexOf(last.id())).isEqualTo(ids.indexOf(items.getFirst().id()) - 1);
        assertThatThrownBy(() -> agenda.placeOnOfficialAgendaAt(last.id(), official.size() + 1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.error.cannotMove"));

        SignedIn.as(accounts, "cb.secretary");
        var middle = items.get(1);
        agenda.withdraw(middle.id(), agenda.get(middle.id()).getVersion());
        SignedIn.as(accounts, "ls.secretary");
        var after = agenda.officialAgenda(last.meetingId());
        assertThat(after).extracting(AgendaItem::officialPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, after.size()).boxed().toList());
    }

    @Test
    void noAgendaItemIsDraftedForAConcludedMeeting() {
        SignedIn.as(accounts, "ls.delegate");
        var seventeenth = meetings.findByNumber(17).orElseThrow();
        assertThatThrownBy(() -> agenda.draft(seventeenth.id(), bilingual("X", "乙")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phase"));
    }

    @Test
    void everyChangeIsKeptWithWhoMadeItAndCounterpartsSeeOnlyWhatWasSubmitted() {
        var item = draftAs("tq.delegate");
        var edited = agenda.edit(item.id(), item.getVersion(), bilingual("Du lịch biên giới", "边境旅游"));
        SignedIn.as(accounts, "tq.secretary");
        agenda.submit(edited.id(), edited.getVersion());

        var ownHistory = agenda.history(item.id());
        assertThat(ownHistory).extracting(r -> r.revision().username())
                .containsExactly("tq.delegate", "tq.delegate", "tq.secretary");
        assertThat(ownHistory.get(1).state().title().zh()).isEqualTo("边境旅游");

        SignedIn.as(accounts, "gx.secretary");
        assertThat(agenda.history(item.id())).extracting(r -> r.state().status())
                .containsExactly(AgendaItemStatus.SUBMITTED);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        var item = draftAs("qn.delegate");
        agenda.edit(item.id(), item.getVersion(), bilingual("Mới", "新"));
        assertThatThrownBy(() -> agenda.edit(item.id(), item.getVersion(), bilingual("Cũ", "旧")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        assertThat(agenda.get(item.id()).title().vi()).isEqualTo("Mới");
    }

    @Test
    void aCaoBangSecretaryWithdrawsCaoBangsItemAndItLeavesTheOfficialAgenda() {
        var item = submitted("cb");
        SignedIn.as(accounts, "ls.secretary");
        var placed = agenda.place(item.id(), item.getVersion());

        SignedIn.as(accounts, "cb.secretary");
        var withdrawn = agenda.withdraw(item.id(), placed.getVersion());
        assertThat(withdrawn.status()).isEqualTo(AgendaItemStatus.WITHDRAWN);
        assertThat(withdrawn.officialPosition()).isNull();
        assertThat(agenda.officialAgenda(item.meetingId())).extracting(AgendaItem::id).doesNotContain(item.id());
    }

    @Test
    void aCaoBangLeaderDoesNotEditAndACaoBangDelegateDoesNotWithdraw() {
        var item = draftAs("cb.delegate");
        SignedIn.as(accounts, "cb.leader");
        assertThatThrownBy(() -> agenda.edit(item.id(), item.getVersion(), bilingual("Sửa", "改")))
                .isInstanceOf(AuthorizationDeniedException.class);
        var submitted = submitted("cb");
        SignedIn.as(accounts, "cb.delegate");
        assertThatThrownBy(() -> agenda.withdraw(submitted.id(), submitted.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> agenda.submit(item.id(), item.getVersion())).isInstanceOf(AuthorizationDeniedException.class);

        SignedIn.as(accounts, "cb.delegate");
        assertThat(agenda.get(item.id()).title()).isEqualTo(item.title());
        assertThat(agenda.get(item.id()).status()).isEqualTo(AgendaItemStatus.DRAFT);
        assertThat(agenda.get(submitted.id()).status()).isEqualTo(AgendaItemStatus.SUBMITTED);
    }

    @Test
    void aQuangNinhSecretaryCannotSubmitOrWithdrawACaoBangItem() {
        var draft = draftAs("cb.delegate");
        var submitted = submitted("cb");
        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> agenda.submit(draft.id(), draft.getVersion()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");
        assertThatThrownBy(() -> agenda.withdraw(submitted.id(), submitted.getVersion()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("error.otherParty");

        SignedIn.as(accounts, "cb.secretary");
        assertThat(agenda.get(draft.id()).status()).isEqualTo(AgendaItemStatus.DRAFT);
        assertThat(agenda.get(submitted.id()).status()).isEqualTo(AgendaItemStatus.SUBMITTED);
    }

    @Test
    void onlyTheHostsSecretaryDeclinesOrReordersTheOfficialAgenda() {
        var first = submitted("qn");
        var second = submitted("gx");
        SignedIn.as(accounts, "ls.secretary");
        agenda.place(first.id(), first.getVersion());
        agenda.place(second.id(), second.getVersion());
        var order = officialOrder(first.meetingId());

        for (var other : java.util.List.of("gx.secretary", "qn.secretary")) {
            SignedIn.as(accounts, other);
            var current = agenda.get(second.id());
            assertThatThrownBy(() -> agenda.decline(second.id(), current.getVersion(), "Không phù hợp")).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("agenda.error.hostOnly");
            assertThatThrownBy(() -> agenda.moveOnOfficialAgenda(second.id(), -1)).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("agenda.error.hostOnly");
            assertThatThrownBy(() -> agenda.placeOnOfficialAgendaAt(second.id(), 1)).as(other)
                    .isInstanceOf(AccessDeniedException.class).hasMessage("agenda.error.hostOnly");
        }
        for (var other : java.util.List.of("ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> agenda.decline(second.id(), 0, "Không phù hợp")).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> agenda.moveOnOfficialAgenda(second.id(), -1)).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> agenda.placeOnOfficialAgendaAt(second.id(), 1)).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> agenda.place(second.id(), 0)).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(officialOrder(first.meetingId())).isEqualTo(order);
        SignedIn.as(accounts, "gx.secretary");
        assertThat(agenda.get(second.id()).status()).isEqualTo(AgendaItemStatus.PLACED);
    }

    @Test
    void anItemNotOnTheOfficialAgendaIsNotMovedOnIt() {
        var item = submitted("cb");
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> agenda.moveOnOfficialAgenda(item.id(), 1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("agenda.error.cannotMove"));
        assertThatThrownBy(() -> agenda.moveOnOfficialAgenda(-1, 1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        assertThatThrownBy(() -> agenda.get(-1))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        assertThat(agenda.get(item.id()).status()).isEqualTo(AgendaItemStatus.SUBMITTED);
        assertThat(agenda.get(item.id()).officialPosition()).isNull();
    }

    @Test
    void onceTheMeetingNegotiatesDraftsAreNeitherEditedNorSubmittedButSubmittedItemsAreStillPlaced() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var draft = draftIn(meeting, "cb.delegate");
        var submitted = draftIn(meeting, "cb.delegate");
        SignedIn.as(accounts, "cb.secretary");
        var item = agenda.submit(submitted.id(), submitted.getVersion());
        moveTo(meeting, Phase.NEGOTIATION);

        SignedIn.as(accounts, "cb.delegate");
        assertPhaseRefused(() -> agenda.edit(draft.id(), draft.getVersion(), bilingual("Muộn", "迟")));
        assertPhaseRefused(() -> agenda.draft(meeting.id(), bilingual("Muộn", "迟")));
        SignedIn.as(accounts, "cb.secretary");
        assertPhaseRefused(() -> agenda.submit(draft.id(), draft.getVersion()));
        assertThat(agenda.get(draft.id()).title()).isEqualTo(draft.title());
        assertThat(agenda.get(draft.id()).status()).isEqualTo(AgendaItemStatus.DRAFT);

        SignedIn.as(accounts, "ls.secretary");
        assertThat(agenda.place(item.id(), item.getVersion()).status()).isEqualTo(AgendaItemStatus.PLACED);
    }

    @Test
    void onceTheMeetingIsInSessionTheAgendaIsFixed() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var first = draftIn(meeting, "qn.delegate");
        var second = draftIn(meeting, "qn.delegate");
        SignedIn.as(accounts, "qn.secretary");
        var placed = agenda.submit(first.id(), first.getVersion());
        var waiting = agenda.submit(second.id(), second.getVersion());
        SignedIn.as(accounts, "ls.secretary");
        placed = agenda.place(placed.id(), placed.getVersion());
        moveTo(meeting, Phase.NEGOTIATION);
        moveTo(meeting, Phase.IN_SESSION);

        SignedIn.as(accounts, "qn.secretary");
        var version = placed.getVersion();
        assertPhaseRefused(() -> agenda.withdraw(first.id(), version));
        SignedIn.as(accounts, "ls.secretary");
        assertPhaseRefused(() -> agenda.place(second.id(), waiting.getVersion()));
        assertPhaseRefused(() -> agenda.decline(first.id(), version, "Hết thời gian"));
        assertPhaseRefused(() -> agenda.placeOnOfficialAgendaAt(first.id(), 1));
        assertThat(agenda.officialAgenda(meeting.id())).extracting(AgendaItem::id).containsExactly(first.id());
        assertThat(agenda.get(second.id()).status()).isEqualTo(AgendaItemStatus.SUBMITTED);
    }

    private AgendaItem draftAs(String username) {
        SignedIn.as(accounts, username);
        var meeting = meetings.findByNumber(18).orElseThrow();
        return agenda.draft(meeting.id(), bilingual("Hợp tác " + SignedIn.unique(""), "合作"));
    }

    private AgendaItem submitted(String party) {
        var item = draftAs(party + ".delegate");
        SignedIn.as(accounts, party + ".secretary");
        return agenda.submit(item.id(), item.getVersion());
    }

    private java.util.List<Long> visibleTo(String username) {
        SignedIn.as(accounts, username);
        return agenda.visibleItems(meetings.findByNumber(18).orElseThrow().id()).stream().map(AgendaItem::id).toList();
    }

    private AgendaItem draftIn(Meeting meeting, String username) {
        SignedIn.as(accounts, username);
        return agenda.draft(meeting.id(), bilingual("Hợp tác " + SignedIn.unique(""), "合作"));
    }

    private void moveTo(Meeting meeting, Phase phase) {
        SignedIn.as(accounts, "admin");
        meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), phase);
    }

    private java.util.List<Long> officialOrder(long meetingId) {
        return agenda.officialAgenda(meetingId).stream().map(AgendaItem::id).toList();
    }

    private static void assertPhaseRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phase"));
    }

    private static AgendaItemDraft bilingual(String vi, String zh) {
        return AgendaItemTest.draft(new LocalizedText(vi, zh, null), new LocalizedText(vi + " — nội dung", zh + "内容", null));
    }
}
