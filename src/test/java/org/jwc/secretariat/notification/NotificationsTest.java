package org.jwc.secretariat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ResponseDraft;
import org.jwc.secretariat.security.SecretariatUser;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bell and the e-mails of DESIGN §5's events, against a real SMTP server, read in each user's language. */
@DatabaseTest
class NotificationsTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired NotificationService notifications;
    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired CommentService comments;
    @Autowired MeetingService meetings;
    @Autowired UserService users;
    @Autowired AreaService areas;
    @Autowired DeadlineReminders reminders;
    @Autowired UserDetailsService accounts;
    @Autowired ApplicationContext context;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void guangxiHearsOfALangSonProposalAddressedToItInChineseAndQuangNinhDoesNot() throws Exception {
        var before = unread("gx.secretary");
        var qnBefore = unread("qn.secretary");
        var proposal = submitted("ls", ProposalScope.SIDE, "Mở tuyến xe buýt " + SignedIn.unique(""), "开通跨境公交");

        assertThat(unread("gx.secretary")).isEqualTo(before + 1);
        assertThat(unread("qn.secretary")).as("a side proposal does not address Quảng Ninh").isEqualTo(qnBefore);
        SignedIn.as(accounts, "gx.leader");
        var latest = about("proposals/" + proposal.id());
        assertThat(notifications.message(latest, Language.ZH)).isEqualTo("谅山省提交了一项涉及贵方的提案：“开通跨境公交”");
        assertThat(latest.link()).isEqualTo("proposals/" + proposal.id());

        var mail = mailTo("gx.secretary@demo.example", "开通跨境公交");
        assertThat(mail.getSubject()).isEqualTo("谅山省提交了一项涉及贵方的提案：“开通跨境公交”");
        assertThat(GreenMailUtil.getBody(mail)).isNotEmpty();
        assertThat(mail.getContent().toString()).as("the link opens the page in the proposal's committee")
                .contains("http://localhost:8080/in/" + latest.committeeId() + "/proposals/" + proposal.id());
        assertThat(mailsTo("qn.secretary@demo.example")).extracting(NotificationsTest::subjectOf).noneMatch(t -> t.contains("开通跨境公交"));
    }

    @Test
    void langSonHearsOfGuangxisResponseInVietnamese() throws Exception {
        var proposal = submitted("ls", ProposalScope.SIDE, "Du lịch tự lái " + SignedIn.unique(""), "自驾游");
        SignedIn.as(accounts, "gx.secretary");
        negotiation.respond(proposal.id(), null, new ResponseDraft(Position.SUPPORT, null, null));

        SignedIn.as(accounts, "ls.delegate");
        assertThat(notifications.message(about("proposals/" + proposal.id()), Language.VI))
                .isEqualTo("Khu tự trị dân tộc Choang Quảng Tây đã phản hồi đề xuất “" + proposal.title().vi() + "” của bên bạn");
        assertThat(mailTo("ls.leader@demo.example", proposal.title().vi()).getSubject()).startsWith("Khu tự trị dân tộc Choang Quảng Tây đã phản hồi");
    }

    @Test
    void aCommentOnADraftNotifiesOnlyTheOwnerPartyAndNeverItsAuthor() throws Exception {
        SignedIn.as(accounts, "cb.delegate");
        var title = "Nội bộ " + SignedIn.unique("");
        var draft = proposals.draft(eighteenth(), draft(ProposalScope.JOINT, title, "内部"));
        var gxBefore = unread("gx.secretary");
        var authorBefore = unread("cb.delegate");
        SignedIn.as(accounts, "cb.delegate");
        comments.post(Proposal.KIND, draft.id(), null, "Cần bổ sung số liệu");

        assertThat(unread("cb.secretary")).isPositive();
        assertThat(unread("cb.delegate")).isEqualTo(authorBefore);
        assertThat(unread("gx.secretary")).isEqualTo(gxBefore);
        mailTo("cb.leader@demo.example", title);
        mailTo("cb.secretary@demo.example", title);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subjectOf(m).contains(title)).map(NotificationsTest::to))
                .containsExactlyInAnyOrder("cb.secretary@demo.example", "cb.leader@demo.example");
    }

    @Test
    void everyDrafterIsRemindedOnceWhenTheProposalDeadlineIsWithin48Hours() throws Exception {
        SignedIn.as(accounts, "admin");
        // A Tuyên Quang delegate working in Nanning chose Beijing time: their mail says it.
        var travelling = users.all().stream().filter(u -> u.profile().username().equals("tq.delegate")).findFirst().orElseThrow();
        var home = travelling.profile();
        users.update(travelling.id(), travelling.getVersion(), new UserProfile(home.username(), home.fullName(), home.jobTitle(),
                home.email(), home.partyId(), home.roles(), home.preferredLanguage(), ZoneId.of("Asia/Shanghai"), home.enabled()));
        var original = meetings.findByNumber(18).orElseThrow();
        var d = original.details();
        var deadline = Instant.now().plus(Duration.ofHours(30));
        meetings.update(original.id(), original.getVersion(), new MeetingDetails(d.number(), d.title(), d.startsAt(),
                d.endsAt(), d.format(), d.venue(), d.bridges(), d.hostPartyId(), d.coChairPartyId(), deadline,
                d.responseDeadline(), d.approvalDeadline()));
        try {
            var before = unread("qn.delegate");
            var leaderBefore = unread("gx.leader");
            reminders.remind();
            reminders.remind();
            assertThat(unread("qn.delegate")).isEqualTo(before + 1);
            assertThat(unread("gx.leader")).as("leaders do not draft").isEqualTo(leaderBefore);
            SignedIn.as(accounts, "qn.delegate");
            assertThat(notifications.message(about("meetings/18/proposals"), Language.VI))
                    .startsWith("Hạn gửi đề xuất cho “Hội nghị lần thứ 18").contains("(giờ Hà Nội)");
            assertThat(mailTo("gx.delegate@demo.example", "截止").getSubject()).startsWith("“联合工作委员会第十八次会议”的提案提交截止时间为")
                    .contains("(北京时间)");
            assertThat(mailTo("tq.delegate@demo.example", "Hạn gửi đề xuất").getSubject()).contains("(giờ Bắc Kinh)");
        } finally {
            SignedIn.as(accounts, "admin");
            meetings.update(original.id(), meetings.get(original.id()).getVersion(), d);
            users.update(travelling.id(), users.get(travelling.id()).getVersion(), home);
        }
    }

    @Test
    void tuyenQuangsSecretaryHearsOfEachMechanismsDeadlineInThatMechanismOnly() throws Exception {
        var committee = committeeOf("ls.delegate");
        var group = committeeOf("yn.delegate");
        SignedIn.as(accounts, "admin");
        var eighteenth = withDeadlineSoon(meetings.findByNumber(18).orElseThrow());
        SignedIn.workingIn(context, "admin", group);
        var eleventh = withDeadlineSoon(meetings.findByNumber(11).orElseThrow());
        try {
            reminders.remind();
            SignedIn.workingIn(context, "tq.secretary", committee);
            var here = about("meetings/18/proposals");
            assertThat(notifications.latest(100)).extracting(UserNotification::committeeId).containsOnly(committee);
            SignedIn.workingIn(context, "tq.secretary", group);
            assertThat(about("meetings/11/proposals").committeeId()).isEqualTo(group);
            assertThat(notifications.latest(100)).as("the bell of the working group").extracting(UserNotification::link)
                    .doesNotContain("meetings/18/proposals");
            assertThatThrownBy(() -> notifications.markRead(here.id())).as("the committee's, from the working group")
                    .isInstanceOf(RefusedException.class).hasMessageContaining("error.notFound");
            assertThat(mailTo("tq.secretary@demo.example", "Phiên họp lần thứ 11").getContent().toString())
                    .as("the mail names the working group").contains("Nhóm Công tác liên hợp");
            assertThat(mailsTo("ls.secretary@demo.example").stream().map(NotificationsTest::subjectOf))
                    .as("Lạng Sơn is no member of the working group").noneMatch(subject -> subject.contains("Phiên họp lần thứ 11"));
        } finally {
            SignedIn.workingIn(context, "admin", group);
            meetings.update(eleventh.id(), meetings.get(eleventh.id()).getVersion(), eleventh.details());
            SignedIn.workingIn(context, "admin", committee);
            meetings.update(eighteenth.id(), meetings.get(eighteenth.id()).getVersion(), eighteenth.details());
        }
    }

    /** The meeting as it was, after moving its proposal deadline to 30 hours from now. */
    private Meeting withDeadlineSoon(Meeting original) {
        var d = original.details();
        meetings.update(original.id(), original.getVersion(), new MeetingDetails(d.number(), d.title(), d.startsAt(),
                d.endsAt(), d.format(), d.venue(), d.bridges(), d.hostPartyId(), d.coChairPartyId(),
                Instant.now().plus(Duration.ofHours(30)), d.responseDeadline(), d.approvalDeadline()));
        return original;
    }

    private long committeeOf(String username) {
        return ((SecretariatUser) accounts.loadUserByUsername(username)).committeeId();
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnNotifications() {
        var proposal = submitted("ls", ProposalScope.JOINT, "Chung " + SignedIn.unique(""), "共同");
        SignedIn.as(accounts, "qn.secretary");
        var mine = about("proposals/" + proposal.id());
        SignedIn.as(accounts, "tq.secretary");
        assertThatThrownBy(() -> notifications.markRead(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.message(mine, Language.VI)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "qn.secretary");
        notifications.markRead(mine.id());
        assertThat(about("proposals/" + proposal.id()).isRead()).isTrue();
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    private Proposal submitted(String party, ProposalScope scope, String vi, String zh) {
        SignedIn.as(accounts, party + ".secretary");
        var draft = proposals.draft(eighteenth(), draft(scope, vi, zh));
        return proposals.submit(draft.id(), draft.getVersion());
    }

    private ProposalDraft draft(ProposalScope scope, String vi, String zh) {
        return new ProposalDraft(areas.children(null).getFirst().id(), scope, Set.of(), new LocalizedText(vi, zh, null),
                new LocalizedText(vi + ": nội dung", zh + "：内容", null), null, null, null);
    }

    /** The signed-in user's latest notification about the record at this link. */
    private UserNotification about(String link) {
        return notifications.latest(100).stream().filter(n -> n.link().equals(link)).findFirst().orElseThrow();
    }

    private long unread(String username) {
        SignedIn.as(accounts, username);
        return notifications.unreadCount();
    }

    /** The mail to the address whose subject names this; mails of earlier tests may still arrive, being sent asynchronously. */
    private MimeMessage mailTo(String address, String subject) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var found = mailsTo(address).stream().filter(m -> subjectOf(m).contains(subject)).toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            MAIL.waitForIncomingEmail(100, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals(address)).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long eighteenth() {
        return meetings.findByNumber(18).orElseThrow().id();
    }
}
