package org.jwc.secretariat.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.notification.NotificationKind;
import org.jwc.secretariat.notification.NotificationService;
import org.jwc.secretariat.notification.UserNotification;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The host keeps the minutes; each party writes and confirms its own statement (DESIGN §5). */
@DatabaseTest
class MinutesServiceTest {

    @Autowired MinutesService minutes;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired PartyService parties;
    @Autowired CommentService comments;
    @Autowired NotificationService notifications;
    @Autowired UserDetailsService accounts;

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOutAndDiscardTheMeetings() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theHostOpensTheMinutesWithAStatementPerPartyHostFirstAndADiscussionPerPlacedAgendaItem() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var item = placedAgendaItem(meeting, "Hợp tác cửa khẩu", "口岸合作");

        open(meeting);

        SignedIn.as(accounts, "ls.secretary");
        var sections = minutes.sections(meeting.id());
        assertThat(sections).extracting(MinutesSection::kind).containsExactly(SectionKind.OPENING, SectionKind.STATEMENT,
                SectionKind.DISCUSSION, SectionKind.CONCLUSIONS, SectionKind.SIGNED_DOCUMENTS, SectionKind.NEXT_MEETING);
        var own = sections.get(1);
        assertThat(own.partyId()).isEqualTo(meeting.hostPartyId());
        assertThat(own.shared()).as("a party's statement starts as its own draft").isFalse();
        assertThat(own.heading().vi()).isEqualTo("Phát biểu của Đoàn Lạng Sơn");
        assertThat(own.heading().zh()).isEqualTo("谅山省代表团发言");
        assertThat(minutes.statementsNotShared(meeting.id())).hasSize(4).doesNotContain(meeting.hostPartyId());
        for (var other : List.of("TQ", "QN", "CB", "GX")) {
            assertThat(statementOf(meeting, other).position()).as("the host's statement first").isGreaterThan(own.position());
        }
        var discussion = sections.get(2);
        assertThat(discussion.agendaItemId()).isEqualTo(item);
        assertThat(discussion.heading().vi()).isEqualTo("Thảo luận: Hợp tác cửa khẩu");
        assertThat(discussion.heading().zh()).isEqualTo("讨论：口岸合作");
    }

    @Test
    void theNextMeetingSectionTellsTheNextMeetingAsPlannedInEachLanguage() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var next = TestMeetings.newMeeting(meetings, accounts);
        assertThat(next.number()).as("numbers are handed out in order").isEqualTo(meeting.number() + 1);
        open(meeting);
        SignedIn.as(accounts, "gx.delegate");
        var body = minutes.sections(meeting.id()).stream().filter(s -> s.kind() == SectionKind.NEXT_MEETING)
                .findFirst().orElseThrow().body();
        assertThat(body.vi()).contains("Hội nghị lần thứ " + next.number(), "do Lạng Sơn đăng cai",
                "Thành phố Lạng Sơn", "Ngày 24 tháng 02 năm 2027");
        assertThat(body.zh()).contains("第" + Numerals.chinese(next.number()) + "次会议", "2027年2月24日", "由谅山省承办");
    }

    @Test
    void onlyTheHostPartysSecretaryOpensTheMinutesAndWritesTheHostsSections() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        for (var refused : List.of("gx.secretary", "ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> minutes.open(meeting.id())).as(refused).isInstanceOf(AccessDeniedException.class);
        }
        open(meeting);
        var opening = section(meeting, SectionKind.OPENING);
        for (var refused : List.of("gx.secretary", "cb.secretary", "ls.delegate", "ls.leader")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> minutes.write(opening.id(), opening.getVersion(), text("Khai mạc", "开幕", "x", "x")))
                    .as(refused).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "ls.secretary");
        var written = minutes.write(opening.id(), opening.getVersion(),
                text("Khai mạc", "开幕", "Đồng chí Chủ tịch tỉnh Lạng Sơn phát biểu khai mạc.", "谅山省主席致开幕词。"));
        assertThat(written.body().zh()).isEqualTo("谅山省主席致开幕词。");
        assertThatThrownBy(() -> minutes.open(meeting.id())).isInstanceOf(RefusedException.class)
                .hasMessage("minutes.error.alreadyOpen");
    }

    @Test
    void aCaoBangDraftStatementIsSeenOnlyByCaoBangUntilItsSecretarySubmitsIt() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        open(meeting);
        var statement = statementOf(meeting, "CB");
        SignedIn.as(accounts, "cb.secretary");
        var draft = minutes.write(statement.id(), statement.getVersion(), statementText("Cao Bằng đề nghị", "高平建议"));
        assertThat(draft.shared()).isFalse();

        for (var other : List.of("gx.secretary", "ls.secretary", "qn.leader", "admin")) {
            SignedIn.as(accounts, other);
            assertThat(minutes.sections(meeting.id())).as(other).extracting(MinutesSection::id).doesNotContain(statement.id());
            assertThatThrownBy(() -> minutes.section(statement.id())).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> minutes.history(statement.id())).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.threads(MinutesSection.KIND, statement.id())).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "cb.delegate");
        assertThatThrownBy(() -> minutes.submitStatement(statement.id(), draft.getVersion())).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "cb.leader");
        comments.post(MinutesSection.KIND, statement.id(), null, "Nội bộ: bổ sung số liệu");

        SignedIn.as(accounts, "cb.secretary");
        var submitted = minutes.submitStatement(statement.id(), draft.getVersion());
        assertThat(submitted.confirmation()).isEqualTo(Confirmation.CONFIRMED);
        SignedIn.as(accounts, "gx.delegate");
        assertThat(minutes.section(statement.id()).body().vi()).isEqualTo("Cao Bằng đề nghị");
        assertThat(minutes.history(statement.id())).hasSize(1);
        assertThat(comments.threads(MinutesSection.KIND, statement.id())).isEmpty();
    }

    @Test
    void theHostsEditOfAConfirmedStatementMakesItStaleAndAsksThePartyToConfirmAgain() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        open(meeting);
        var submitted = submittedStatement(meeting, "CB", "Cao Bằng đề nghị mở rộng cửa khẩu", "高平建议扩大口岸");

        SignedIn.as(accounts, "ls.secretary");
        var edited = minutes.write(submitted.id(), submitted.getVersion(),
                statementText("Cao Bằng đề nghị mở rộng cửa khẩu Trà Lĩnh", "高平建议扩大茶岭口岸"));
        assertThat(edited.confirmation()).isEqualTo(Confirmation.STALE);

        SignedIn.as(accounts, "cb.leader");
        assertThat(notifications.latest(5)).extracting(UserNotification::kind).contains(NotificationKind.STATEMENT_TO_CONFIRM);
        for (var refused : List.of("cb.delegate", "gx.secretary", "ls.secretary", "admin")) {
            SignedIn.as(accounts, refused);
            assertThatThrownBy(() -> minutes.confirm(edited.id(), edited.getVersion())).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "cb.leader");
        var confirmed = minutes.confirm(edited.id(), edited.getVersion());
        assertThat(confirmed.confirmation()).isEqualTo(Confirmation.CONFIRMED);
        assertThat(confirmed.confirmedBy()).isNotBlank();
        assertThatThrownBy(() -> minutes.confirm(confirmed.id(), confirmed.getVersion()))
                .isInstanceOf(RefusedException.class).hasMessage("minutes.error.alreadyConfirmed");
    }

    @Test
    void theHostCannotWriteOverAPartysUnsubmittedDraftNorAnotherPartyWriteIt() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        open(meeting);
        var statement = statementOf(meeting, "QN");
        SignedIn.as(accounts, "qn.secretary");
        var draft = minutes.write(statement.id(), statement.getVersion(), statementText("Bản nháp Quảng Ninh", "广宁草稿"));
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> minutes.write(draft.id(), draft.getVersion(), statementText("Chủ nhà", "东道方")))
                .isInstanceOf(AccessDeniedException.class);
        var empty = statementOf(meeting, "CB");
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> minutes.write(empty.id(), empty.getVersion(), statementText("Quảng Tây", "广西")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closingNeedsEveryStatementConfirmedThenNothingChangesUntilTheHostReopensWithAReason() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var record = open(meeting);
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> minutes.close(meeting.id(), record.getVersion()))
                .isInstanceOf(RefusedException.class).hasMessage("minutes.error.notReady");
        for (var party : List.of("TQ", "QN", "LS", "CB", "GX")) {
            submittedStatement(meeting, party, "Phát biểu của " + party, party + "的发言");
        }
        SignedIn.as(accounts, "ls.secretary");
        var closed = minutes.close(meeting.id(), record.getVersion());
        assertThat(closed.isClosed()).isTrue();

        var opening = section(meeting, SectionKind.OPENING);
        assertThatThrownBy(() -> minutes.write(opening.id(), opening.getVersion(), text("Khai mạc", "开幕", "a", "b")))
                .isInstanceOf(RefusedException.class).hasMessage("minutes.error.closed");
        var gx = statementOf(meeting, "GX");
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> minutes.write(gx.id(), gx.getVersion(), statementText("Sửa", "修改")))
                .isInstanceOf(RefusedException.class).hasMessage("minutes.error.closed");

        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> minutes.reopen(meeting.id(), closed.getVersion(), "  "))
                .isInstanceOf(RefusedException.class).hasMessage("validation.required");
        assertThat(minutes.find(meeting.id()).orElseThrow().isClosed()).as("nothing half-saved").isTrue();
        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> minutes.reopen(meeting.id(), closed.getVersion(), "Sai tên"))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "ls.secretary");
        var reopened = minutes.reopen(meeting.id(), closed.getVersion(), "Sửa chức danh trưởng đoàn Quảng Tây");
        assertThat(reopened.reopenReason()).isEqualTo("Sửa chức danh trưởng đoàn Quảng Tây");
        assertThat(minutes.sections(meeting.id())).filteredOn(s -> s.kind() == SectionKind.STATEMENT)
                .allMatch(s -> s.confirmation() == Confirmation.UNCONFIRMED);
        SignedIn.as(accounts, "gx.leader");
        assertThat(notifications.latest(5)).extracting(UserNotification::kind).contains(NotificationKind.MINUTES_REOPENED);
    }

    @Test
    void anEarlierRevisionIsRestoredAsANewRevisionAndAStaleVersionIsRefused() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        open(meeting);
        var conclusions = section(meeting, SectionKind.CONCLUSIONS);
        SignedIn.as(accounts, "ls.secretary");
        var first = minutes.write(conclusions.id(), conclusions.getVersion(), text("Kết luận", "会议结论", "Bản một", "第一稿"));
        var second = minutes.write(first.id(), first.getVersion(), text("Kết luận", "会议结论", "Bản hai", "第二稿"));
        assertThatThrownBy(() -> minutes.write(first.id(), first.getVersion(), text("Kết luận", "会议结论", "Cũ", "旧")))
                .isInstanceOf(RefusedException.class).hasMessage("error.concurrentEdit");

        var history = minutes.history(conclusions.id());
        var firstRevision = history.stream().filter(r -> "Bản một".equals(r.state().body().vi())).findFirst().orElseThrow();
        var restored = minutes.restore(conclusions.id(), second.getVersion(), firstRevision.revision().id());
        assertThat(restored.body().vi()).isEqualTo("Bản một");
        assertThat(minutes.history(conclusions.id())).hasSize(history.size() + 1);
    }

    @Test
    void badTextIsRefusedOnItsFieldAndNothingIsSaved() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        open(meeting);
        var opening = section(meeting, SectionKind.OPENING);
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> minutes.write(opening.id(), opening.getVersion(), text("Khai mạc", null, "a", "b")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("heading"));
        assertThatThrownBy(() -> minutes.write(opening.id(), opening.getVersion(), text("Khai mạc", "开幕", "a\u200Bb", "b")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> minutes.write(opening.id(), opening.getVersion(),
                text("Khai mạc", "开幕", "x".repeat(MinutesSection.MAX_BODY + 1), "b")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.tooLong"));
        var markup = minutes.write(opening.id(), opening.getVersion(), text("Khai mạc", "开幕", "<script>alert(1)</script>", "开幕"));
        assertThat(markup.body().vi()).isEqualTo("<script>alert(1)</script>");
        assertThat(minutes.history(opening.id())).hasSize(2);
    }

    private Minutes open(Meeting meeting) {
        SignedIn.as(accounts, "ls.secretary");
        var opened = minutes.open(meeting.id());
        SignedIn.signOut();
        return opened;
    }

    private long placedAgendaItem(Meeting meeting, String vi, String zh) {
        SignedIn.as(accounts, "qn.delegate");
        var item = agenda.draft(meeting.id(), new AgendaItemDraft(new LocalizedText(vi, zh, null),
                new LocalizedText(vi, zh, null), AgendaItemKind.DISCUSSION, 20, null));
        SignedIn.as(accounts, "qn.secretary");
        item = agenda.submit(item.id(), item.getVersion());
        SignedIn.as(accounts, "ls.secretary");
        return agenda.place(item.id(), item.getVersion()).id();
    }

    private MinutesSection submittedStatement(Meeting meeting, String partyCode, String vi, String zh) {
        var statement = statementOf(meeting, partyCode);
        SignedIn.as(accounts, partyCode.toLowerCase() + ".secretary");
        var written = minutes.write(statement.id(), statement.getVersion(), statementText(vi, zh));
        return minutes.submitStatement(written.id(), written.getVersion());
    }

    private MinutesSection statementOf(Meeting meeting, String partyCode) {
        SignedIn.as(accounts, partyCode.toLowerCase() + ".secretary");
        var partyId = parties.findByCode(partyCode).orElseThrow().id();
        return minutes.sections(meeting.id()).stream()
                .filter(s -> s.kind() == SectionKind.STATEMENT && s.partyId() == partyId).findFirst().orElseThrow();
    }

    private MinutesSection section(Meeting meeting, SectionKind kind) {
        SignedIn.as(accounts, "ls.secretary");
        return minutes.sections(meeting.id()).stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private static SectionText statementText(String vi, String zh) {
        return text("Phát biểu", "发言", vi, zh);
    }

    private static SectionText text(String headingVi, String headingZh, String bodyVi, String bodyZh) {
        return new SectionText(new LocalizedText(headingVi, headingZh, null), new LocalizedText(bodyVi, bodyZh, null));
    }
}
