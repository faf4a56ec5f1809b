package org.jwc.secretariat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.comment.CommentService;
import org.jwc.secretariat.commitment.CommitmentFilter;
import org.jwc.secretariat.commitment.CommitmentReport;
import org.jwc.secretariat.commitment.CommitmentService;
import org.jwc.secretariat.commitment.CommitmentStatus;
import org.jwc.secretariat.commitment.FinalCommunique;
import org.jwc.secretariat.commitment.ProgressReport;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.BracketDraft;
import org.jwc.secretariat.communique.BracketService;
import org.jwc.secretariat.communique.BracketStatus;
import org.jwc.secretariat.communique.CommuniqueExport;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.Decision;
import org.jwc.secretariat.communique.DraftEditing;
import org.jwc.secretariat.communique.Edition;
import org.jwc.secretariat.communique.ParagraphEdit;
import org.jwc.secretariat.communique.ParagraphKind;
import org.jwc.secretariat.communique.past.PastCommuniqueImport;
import org.jwc.secretariat.export.ExportFormat;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingFormat;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.minutes.AttendanceService;
import org.jwc.secretariat.minutes.AttendeeDetails;
import org.jwc.secretariat.minutes.AttendeeRole;
import org.jwc.secretariat.minutes.DocumentKind;
import org.jwc.secretariat.minutes.MinutesExport;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.minutes.SampleFiles;
import org.jwc.secretariat.minutes.SectionText;
import org.jwc.secretariat.minutes.SignedDocumentDetails;
import org.jwc.secretariat.minutes.SignedDocumentService;
import org.jwc.secretariat.party.PartyDetails;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.proposal.NegotiationService;
import org.jwc.secretariat.proposal.OutcomeDraft;
import org.jwc.secretariat.proposal.Position;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalFilter;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.jwc.secretariat.proposal.ProposalStatus;
import org.jwc.secretariat.proposal.ResponseDraft;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.SystemAccount;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every service refuses a record of another committee as an unknown id (issue 16, ADR 0025), both
 * ways: a working group is created beside the Guangxi committee through the services, with parties,
 * an area, a session and users of its own, and a session of each mechanism is worked through by its
 * own people (agenda, proposal and response, comment, minutes, attendance, a signed document, the
 * communiqué with a bracket, its approval, a commitment and its progress). Then each mechanism's
 * people ask for the other's records by id: every read, write and download is "not found", and
 * nothing of the other's changes.
 */
@DatabaseTest
class OtherCommitteesRecordsTest {

    private static final String PASSWORD = "Côn Minh 昆明 2027 nhóm";
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Cast GUANGXIS = new Cast("ls.secretary", "gx.secretary", "ls.delegate", FinalCommunique.LEADERS,
            "admin");

    @Autowired CommitteeService committees;
    @Autowired PartyService parties;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserService users;
    @Autowired AgendaService agenda;
    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired CommentService comments;
    @Autowired MinutesService minutes;
    @Autowired AttendanceService attendance;
    @Autowired SignedDocumentService documents;
    @Autowired MinutesExport minutesExport;
    @Autowired CommuniqueService communiques;
    @Autowired DraftEditing drafting;
    @Autowired BracketService brackets;
    @Autowired ApprovalService approvals;
    @Autowired CommuniqueExport communiqueExport;
    @Autowired PastCommuniqueImport pastImport;
    @Autowired CommitmentService commitments;
    @Autowired CommitmentReport commitmentReport;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long group;
    final List<Long> groupParties = new ArrayList<>();
    final List<String> groupUsers = new ArrayList<>();
    Meeting groupSession;
    Cast groups;
    Records groupRecords;
    Records guangxiRecords;

    /** Who works a session through: the host's secretary, the counterpart's secretary, a delegate of the host, the leaders, an administrator. */
    record Cast(String hostSecretary, String counterpartSecretary, String hostDelegate, List<String> leaders, String administrator) {
    }

    /** A session worked through, by the ids of its records. */
    record Records(long committee, long meeting, int meetingNumber, long area, long agendaItem, long proposal, long thread,
            long minutesSection, long attendee, long document, long communiqueSection, long paragraph, long bracket,
            long version, long commitment) {
    }

    @BeforeEach
    void aWorkingGroupBesideTheCommitteeAndASessionOfEachWorkedThrough() {
        var tag = SignedIn.unique("wg");
        SystemAccount.run(() -> group = committees.create(text("Nhóm công tác liên hợp thử " + tag, "联合工作组测试" + tag),
                text("Nhóm công tác " + tag, "工作组" + tag), CommitteeKind.WORKING_GROUP).id());
        var area = new long[1];
        SystemAccount.runIn(group, () -> {
            var viet = parties.create(party(("V" + tag.substring(2)).toUpperCase(), "Tỉnh thử nghiệm " + tag, "试验省" + tag, Side.VN, HANOI));
            var china = parties.create(party(("C" + tag.substring(2)).toUpperCase(), "Tỉnh Trung Quốc " + tag, "中国试验省" + tag, Side.CN,
                    ZoneId.of("Asia/Shanghai")));
            groupParties.addAll(List.of(viet.id(), china.id()));
            area[0] = areas.add(null, text("Nông nghiệp vùng cao", "高原农业")).id();
            var startsAt = LocalDate.of(2027, 3, 10).atTime(8, 30).atZone(HANOI).toInstant();
            groupSession = meetings.create(new MeetingDetails(1, text("Phiên họp thứ nhất Nhóm công tác", "工作组第一次会议"),
                    startsAt, startsAt.plusSeconds(8 * 3600), MeetingFormat.IN_PERSON, text("Côn Minh", "昆明"),
                    LocalizedText.EMPTY, viet.id(), china.id(), null, null, null));
            groups = new Cast(user(tag + ".vn.secretary", viet.id(), Role.SECRETARY), user(tag + ".cn.secretary", china.id(), Role.SECRETARY),
                    user(tag + ".vn.delegate", viet.id(), Role.DELEGATE),
                    List.of(user(tag + ".vn.leader", viet.id(), Role.LEADER), user(tag + ".cn.leader", china.id(), Role.LEADER)),
                    user(tag + ".vn.admin", viet.id(), Role.ADMIN));
        });
        groupRecords = workThrough(group, groupSession, area[0], groups);

        var guangxiSession = TestMeetings.newMeeting(meetings, accounts);
        var guangxiCommittee = guangxiSession.committeeId();
        SignedIn.as(accounts, "ls.secretary");
        var gates = areas.all().stream().filter(a -> "Cửa khẩu".equals(a.name().vi())).map(CooperationArea::id).findFirst().orElseThrow();
        guangxiRecords = workThrough(guangxiCommittee, guangxiSession, gates, GUANGXIS);
        SignedIn.signOut();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
        if (groupSession != null) {
            TestMeetings.discard(jdbc, groupSession.id());
        }
        for (var username : groupUsers) {
            var id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
            jdbc.update("DELETE FROM user_notification WHERE user_id = ?", id);
            jdbc.update("DELETE FROM record_reading WHERE user_id = ?", id);
            jdbc.update("DELETE FROM committee_role WHERE user_id = ?", id);
            jdbc.update("DELETE FROM app_user WHERE id = ?", id);
            jdbc.update("DELETE FROM security_log WHERE username = ?", username);
        }
        jdbc.update("DELETE FROM cooperation_area WHERE committee_id = ?", group);
        jdbc.update("DELETE FROM committee_membership WHERE committee_id = ?", group);
        groupParties.forEach(id -> jdbc.update("DELETE FROM party WHERE id = ?", id));
        jdbc.update("DELETE FROM committee WHERE id = ?", group);
    }

    @Test
    void theGroupsPeopleWorkInTheGroupAndSeeTheirOwnSession() {
        SignedIn.as(accounts, groups.hostSecretary());
        assertThat(committees.requireCurrentId()).isEqualTo(group);
        assertThat(meetings.get(groupRecords.meeting()).id()).isEqualTo(groupSession.id());
        assertThat(proposals.get(groupRecords.proposal()).meetingId()).isEqualTo(groupSession.id());
        assertThat(commitments.get(groupRecords.commitment()).commitment().meetingId()).isEqualTo(groupSession.id());
        assertThat(commitments.notes(groupRecords.commitment())).hasSize(1);
    }

    @Test
    void aCommitteeSecretaryReadsNothingOfTheWorkingGroupByItsIds() {
        for (var reader : List.of("ls.secretary", "gx.secretary", "ls.delegate", "gx.leader", "admin")) {
            SignedIn.as(accounts, reader);
            readsNothingOf(groupRecords);
        }
    }

    @Test
    void aWorkingGroupSecretaryReadsNothingOfTheCommitteeByItsIds() {
        for (var reader : List.of(groups.hostSecretary(), groups.counterpartSecretary(), groups.hostDelegate(), groups.leaders().getFirst(),
                groups.administrator())) {
            SignedIn.as(accounts, reader);
            readsNothingOf(guangxiRecords);
        }
    }

    @Test
    void theCommitteesPeopleChangeNothingOfTheWorkingGroupByItsIds() {
        var before = stateOf(groupRecords);
        changesNothingOf(groupRecords, GUANGXIS);
        assertThat(stateOf(groupRecords)).isEqualTo(before);
    }

    @Test
    void theWorkingGroupsPeopleChangeNothingOfTheCommitteeByItsIds() {
        var before = stateOf(guangxiRecords);
        changesNothingOf(guangxiRecords, groups);
        assertThat(stateOf(guangxiRecords)).isEqualTo(before);
    }

    @Test
    void aMeetingNumberNamesTheCommitteesOwnMeetingNeverTheOthers() {
        SignedIn.as(accounts, "ls.secretary");
        assertThat(meetings.findByNumber(groupRecords.meetingNumber()).map(Meeting::id)).as("the committee's own first meeting, if any")
                .isNotEqualTo(Optional.of(groupRecords.meeting()));
        assertThat(meetings.findByNumber(guangxiRecords.meetingNumber()).map(Meeting::id)).contains(guangxiRecords.meeting());
        assertThat(meetings.all()).extracting(Meeting::id).doesNotContain(groupRecords.meeting());
        SignedIn.as(accounts, groups.hostSecretary());
        assertThat(meetings.findByNumber(guangxiRecords.meetingNumber()).map(Meeting::id)).isNotEqualTo(Optional.of(guangxiRecords.meeting()));
        assertThat(meetings.findByNumber(18)).as("the group has no 18th").isEmpty();
        assertThat(meetings.all()).extracting(Meeting::id).containsExactly(groupRecords.meeting());
    }

    /** Every read by id or by meeting id, and every download, of the other mechanism's records. */
    private void readsNothingOf(Records other) {
        var meeting = other.meeting();
        notFound(() -> meetings.get(meeting));
        notFound(() -> meetings.inPhase(meeting, EnumSet.allOf(Phase.class)));
        notFound(() -> meetings.mayConclude(meeting));
        notFound(() -> areas.get(other.area()));
        assertThat(areas.exists(other.area())).isFalse();

        notFound(() -> agenda.get(other.agendaItem()));
        notFound(() -> agenda.history(other.agendaItem()));
        notFound(() -> agenda.visibleItems(meeting));
        notFound(() -> agenda.officialAgenda(meeting));

        notFound(() -> proposals.get(other.proposal()));
        notFound(() -> proposals.history(other.proposal()));
        notFound(() -> proposals.background(other.proposal()));
        notFound(() -> proposals.visible(meeting, new ProposalFilter(null, null, null), 0, 10));
        notFound(() -> proposals.countVisible(meeting, new ProposalFilter(null, null, null)));
        notFound(() -> proposals.deferredToCarryOver(meeting));
        notFound(() -> proposals.commitmentsUnderReview(meeting));
        notFound(() -> negotiation.responses(other.proposal()));
        notFound(() -> negotiation.responseOf(other.proposal(), 1));
        notFound(() -> negotiation.responseHistory(other.proposal(), 1));
        notFound(() -> negotiation.matrix(meeting, new ProposalFilter(null, null, null), 0, 10));
        notFound(() -> negotiation.agreedText(other.proposal()));
        notFound(() -> negotiation.agreed(meeting));
        notFound(() -> comments.threads(Proposal.KIND, other.proposal()));

        notFound(() -> minutes.find(meeting));
        notFound(() -> minutes.sections(meeting));
        notFound(() -> minutes.statementsNotShared(meeting));
        notFound(() -> minutes.section(other.minutesSection()));
        notFound(() -> minutes.history(other.minutesSection()));
        notFound(() -> attendance.attendance(meeting));
        notFound(() -> documents.list(meeting));
        notFound(() -> documents.get(other.document()));
        notFound(() -> documents.file(other.document()));
        notFound(() -> minutesExport.export(meeting, Language.VI, ExportFormat.PDF));
        notFound(() -> minutesExport.fileName(meeting, Language.VI, ExportFormat.PDF));

        notFound(() -> communiques.find(meeting));
        notFound(() -> communiques.workingText(meeting));
        notFound(() -> communiques.paragraphs(meeting));
        notFound(() -> communiques.paragraph(other.paragraph()));
        notFound(() -> communiques.history(other.paragraph()));
        notFound(() -> communiques.brackets(meeting));
        notFound(() -> communiques.takingPart(meeting));
        notFound(() -> communiques.delegationsNotListed(meeting));
        notFound(() -> approvals.versions(meeting));
        notFound(() -> approvals.latest(meeting));
        notFound(() -> approvals.version(other.version()));
        notFound(() -> approvals.text(other.version()));
        notFound(() -> approvals.decisions(meeting));
        notFound(() -> approvals.standing(meeting));
        notFound(() -> communiqueExport.export(other.version(), Edition.BILINGUAL, ExportFormat.PDF));
        notFound(() -> communiqueExport.fileName(other.version(), Edition.BILINGUAL, ExportFormat.PDF));
        notFound(() -> pastImport.mayImport(meeting));

        notFound(() -> commitments.get(other.commitment()));
        assertThat(commitments.find(other.commitment())).isEmpty();
        notFound(() -> commitments.notes(other.commitment()));
        var reporter = jdbc.queryForObject("SELECT party_id FROM progress_note WHERE commitment_id = ?", Long.class, other.commitment());
        assertThat(commitments.latestNotes(List.of(other.commitment())).of(other.commitment(), reporter)).isNull();
        notFound(() -> commitments.find(new CommitmentFilter(meeting, null, null, null)));
        notFound(() -> commitments.underReview(meeting));
        assertThat(commitments.find(CommitmentFilter.ALL)).noneMatch(v -> v.commitment().meetingId() == meeting);
        notFound(() -> commitmentReport.export(meeting, Language.VI, ExportFormat.PDF));
        notFound(() -> commitmentReport.fileName(meeting, Language.VI, ExportFormat.PDF));
    }

    /** Every change by id or by meeting id of the other mechanism's records, each by a user whose role may make it. */
    private void changesNothingOf(Records other, Cast own) {
        var meeting = other.meeting();
        var meetingVersion = jdbc.queryForObject("SELECT version FROM meeting WHERE id = ?", Long.class, meeting);
        SignedIn.as(accounts, own.administrator());
        notFound(() -> meetings.changePhase(meeting, meetingVersion, Phase.CONCLUDED));
        notFound(() -> meetings.openWork(meeting));
        notFound(() -> areas.rename(other.area(), 0, text("Chè", "茶叶")));
        notFound(() -> areas.move(other.area(), 1));
        notFound(() -> areas.add(other.area(), text("Chè", "茶叶")));
        notFound(() -> pastImport.preview(meeting, "", Language.VI));

        SignedIn.as(accounts, own.hostSecretary());
        notFound(() -> meetings.extendProposalDeadline(meeting, meetingVersion, java.time.Instant.now().plusSeconds(86_400)));
        notFound(() -> agenda.draft(meeting, new AgendaItemDraft(text("Điểm mới", "新议题"), text("Mô tả", "说明"),
                AgendaItemKind.DISCUSSION, 20, null)));
        notFound(() -> agenda.edit(other.agendaItem(), 0, new AgendaItemDraft(text("Sửa", "修改"), text("Mô tả", "说明"),
                AgendaItemKind.DISCUSSION, 20, null)));
        notFound(() -> agenda.submit(other.agendaItem(), 0));
        notFound(() -> agenda.withdraw(other.agendaItem(), 0));
        notFound(() -> agenda.place(other.agendaItem(), 0));
        notFound(() -> agenda.decline(other.agendaItem(), 0, "Không phù hợp"));
        notFound(() -> agenda.moveOnOfficialAgenda(other.agendaItem(), 1));
        notFound(() -> agenda.placeOnOfficialAgendaAt(other.agendaItem(), 1));

        notFound(() -> proposals.draft(meeting, proposal(null)));
        notFound(() -> proposals.edit(other.proposal(), 0, proposal(null)));
        notFound(() -> proposals.submit(other.proposal(), 0));
        notFound(() -> proposals.withdraw(other.proposal(), 0));
        notFound(() -> proposals.carryOver(other.proposal()));
        notFound(() -> negotiation.respond(other.proposal(), null, new ResponseDraft(Position.SUPPORT, LocalizedText.EMPTY, null)));
        notFound(() -> negotiation.openDiscussion(other.proposal(), 0));
        notFound(() -> negotiation.decide(other.proposal(), 0, OutcomeDraft.of(ProposalStatus.AGREED, "Đồng ý")));
        notFound(() -> comments.post(Proposal.KIND, other.proposal(), null, "Một ý kiến"));
        notFound(() -> comments.post(Proposal.KIND, other.proposal(), other.thread(), "Trả lời"));
        notFound(() -> comments.resolve(other.thread(), 0));
        notFound(() -> comments.reopen(other.thread(), 0));

        notFound(() -> minutes.open(meeting));
        notFound(() -> minutes.addAgendaSections(meeting));
        notFound(() -> minutes.write(other.minutesSection(), 0, new SectionText(text("Đầu đề", "标题"), text("Nội dung", "内容"))));
        notFound(() -> minutes.restore(other.minutesSection(), 0, 1));
        notFound(() -> minutes.submitStatement(other.minutesSection(), 0));
        notFound(() -> minutes.confirm(other.minutesSection(), 0));
        notFound(() -> minutes.close(meeting, 0));
        notFound(() -> minutes.reopen(meeting, 0, "Sửa lại"));
        notFound(() -> attendance.addMember(meeting, attendee()));
        notFound(() -> attendance.addObserver(meeting, attendee()));
        notFound(() -> attendance.edit(other.attendee(), 0, attendee()));
        notFound(() -> attendance.remove(other.attendee(), 0));
        notFound(() -> attendance.submitDelegation(meeting));
        notFound(() -> documents.checkFile(meeting, "van-ban.pdf", new ByteArrayInputStream(SampleFiles.pdf("Văn bản"))));
        notFound(() -> documents.register(meeting, document(), "van-ban.pdf", new ByteArrayInputStream(SampleFiles.pdf("Văn bản"))));
        notFound(() -> documents.edit(other.document(), 0, document()));
        notFound(() -> documents.remove(other.document(), 0));

        var edit = new ParagraphEdit(ParagraphKind.COMMON, List.of(), text("Các bên đồng ý.", "各方同意。"));
        notFound(() -> communiques.generate(meeting));
        notFound(() -> drafting.add(other.communiqueSection(), 0, edit));
        notFound(() -> drafting.edit(other.paragraph(), 0, edit));
        notFound(() -> drafting.confirmTranslation(other.paragraph(), 0));
        notFound(() -> drafting.delete(other.paragraph(), 0));
        notFound(() -> drafting.move(other.paragraph(), 0, other.communiqueSection(), 0));
        notFound(() -> brackets.open(other.paragraph(), new BracketDraft(null, "Các", "各", "Lý do", List.of())));
        notFound(() -> brackets.resolve(other.bracket(), 0, BracketStatus.DROPPED, null));
        notFound(() -> approvals.circulate(meeting));

        SignedIn.as(accounts, own.hostDelegate());
        notFound(() -> commitments.report(other.commitment(), new ProgressReport(CommitmentStatus.DONE,
                LocalDate.now(ZoneOffset.UTC).minusDays(1), text("Đã xong", "已完成"))));

        SignedIn.as(accounts, own.leaders().getFirst());
        var sha = jdbc.queryForObject("SELECT sha256 FROM communique_version WHERE id = ?", String.class, other.version());
        notFound(() -> approvals.decide(other.version(), sha, Decision.RETURNED, "Cần sửa"));
    }

    /** The session as it is kept: its rows and those of everything hanging off it. */
    private List<List<Map<String, Object>>> stateOf(Records records) {
        var meeting = records.meeting();
        var communique = "(SELECT id FROM communique WHERE meeting_id = " + meeting + ")";
        var paragraphs = "(SELECT id FROM communique_paragraph WHERE communique_id IN " + communique + ")";
        var commitmentsOf = "(SELECT id FROM commitment WHERE meeting_id = " + meeting + ")";
        var state = new ArrayList<List<Map<String, Object>>>();
        state.add(jdbc.queryForList("SELECT * FROM meeting WHERE id = " + meeting));
        state.add(jdbc.queryForList("SELECT * FROM cooperation_area WHERE committee_id = " + records.committee() + " ORDER BY id"));
        for (var table : List.of("agenda_item", "proposal", "record_comment", "minutes", "minutes_section", "attendee", "delegation",
                "signed_document", "communique", "commitment")) {
            state.add(jdbc.queryForList("SELECT * FROM " + table + " WHERE meeting_id = " + meeting + " ORDER BY id"));
        }
        state.add(jdbc.queryForList("SELECT * FROM proposal_response WHERE proposal_id IN (SELECT id FROM proposal WHERE meeting_id = "
                + meeting + ") ORDER BY id"));
        for (var table : List.of("communique_section", "communique_paragraph", "communique_version", "communique_approval")) {
            state.add(jdbc.queryForList("SELECT * FROM " + table + " WHERE communique_id IN " + communique + " ORDER BY id"));
        }
        state.add(jdbc.queryForList("SELECT * FROM communique_bracket WHERE paragraph_id IN " + paragraphs + " ORDER BY id"));
        state.add(jdbc.queryForList("SELECT * FROM commitment_party WHERE commitment_id IN " + commitmentsOf + " ORDER BY id"));
        state.add(jdbc.queryForList("SELECT * FROM progress_note WHERE commitment_id IN " + commitmentsOf + " ORDER BY id"));
        return state;
    }

    /**
     * The session worked through by its own people, each step through the services: an agenda item
     * and a proposal submitted, answered and commented on, agreed; the minutes opened with a head of
     * delegation and a signed document; the communiqué generated, a bracket opened and kept, the text
     * circulated and approved by every leader; progress reported on a commitment it made.
     */
    private Records workThrough(long committee, Meeting meeting, long area, Cast cast) {
        SignedIn.as(accounts, cast.hostSecretary());
        var item = agenda.draft(meeting.id(), new AgendaItemDraft(text("Hợp tác nông nghiệp", "农业合作"),
                text("Trao đổi về hợp tác nông nghiệp", "交流农业合作"), AgendaItemKind.DISCUSSION, 30, null));
        agenda.submit(item.id(), item.getVersion());
        var drafted = proposals.draft(meeting.id(), proposal(area));
        var proposal = proposals.submit(drafted.id(), drafted.getVersion());
        moveTo(committee, meeting, Phase.NEGOTIATION);
        SignedIn.as(accounts, cast.counterpartSecretary());
        negotiation.respond(proposal.id(), null, new ResponseDraft(Position.SUPPORT, LocalizedText.EMPTY, null));
        var thread = comments.post(Proposal.KIND, proposal.id(), null, "Đề nghị làm rõ thời gian thực hiện.");
        SignedIn.as(accounts, cast.hostSecretary());
        var opened = negotiation.openDiscussion(proposal.id(), proposals.get(proposal.id()).getVersion());
        negotiation.decide(proposal.id(), opened.getVersion(), OutcomeDraft.of(ProposalStatus.AGREED, "Đã thống nhất tại phiên họp"));
        moveTo(committee, meeting, Phase.IN_SESSION);
        SignedIn.as(accounts, cast.hostSecretary());
        minutes.open(meeting.id());
        var attendee = attendance.addMember(meeting.id(), attendee());
        var document = documents.register(meeting.id(), document(meeting), "ban-ghi-nho.pdf",
                new ByteArrayInputStream(SampleFiles.pdf("Memorandum " + SignedIn.unique("mou"))));
        moveTo(committee, meeting, Phase.DRAFTING);
        SignedIn.as(accounts, cast.hostSecretary());
        communiques.generate(meeting.id());
        var paragraph = communiques.paragraphs(meeting.id()).stream().filter(p -> p.text().vi() != null && p.text().zh() != null
                && p.text().vi().length() > 6 && p.text().zh().length() > 2).findFirst().orElseThrow();
        var bracket = brackets.open(paragraph.id(), new BracketDraft(meeting.hostPartyId(), paragraph.text().vi().substring(0, 6),
                paragraph.text().zh().substring(0, 2), "Cần xem lại cách diễn đạt", List.of()));
        brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null);
        var version = approvals.circulate(meeting.id());
        for (var leader : cast.leaders()) {
            SignedIn.as(accounts, leader);
            approvals.decide(version.id(), version.sha256(), Decision.APPROVED, null);
        }
        var commitment = jdbc.queryForObject("SELECT MIN(id) FROM commitment WHERE meeting_id = ?", Long.class, meeting.id());
        SignedIn.as(accounts, cast.hostDelegate());
        commitments.report(commitment, new ProgressReport(CommitmentStatus.IN_PROGRESS, LocalDate.now(ZoneOffset.UTC).minusDays(1),
                text("Đang triển khai", "正在落实")));
        SignedIn.signOut();
        var section = jdbc.queryForObject("SELECT MIN(id) FROM minutes_section WHERE meeting_id = ?", Long.class, meeting.id());
        return new Records(committee, meeting.id(), meeting.number(), area, item.id(), proposal.id(), thread.id(), section,
                attendee.id(), document.id(), paragraph.sectionId(), paragraph.id(), bracket.id(), version.id(), commitment);
    }

    private void moveTo(long committee, Meeting meeting, Phase phase) {
        SystemAccount.runIn(committee, () -> meetings.changePhase(meeting.id(), meetings.get(meeting.id()).getVersion(), phase));
    }

    private String user(String username, long partyId, Role role) {
        users.createWithPassword(new UserProfile(username, "Người dùng " + username, null, null, partyId, Set.of(role),
                Language.VI, null, true), PASSWORD);
        groupUsers.add(username);
        return username;
    }

    private static void notFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RefusedException.class).hasMessage("error.notFound");
    }

    private static PartyDetails party(String code, String vi, String zh, Side side, ZoneId zone) {
        return new PartyDetails(code, text(vi, zh), LocalizedText.EMPTY, side, zone, LocalDate.of(2008, 1, 1), null, null, 1, null, null);
    }

    private static ProposalDraft proposal(Long area) {
        return new ProposalDraft(area, ProposalScope.JOINT, Set.of(), text("Hợp tác trồng chè", "茶叶种植合作"),
                text("Các bên phối hợp phát triển vùng trồng chè biên giới.", "各方配合发展边境茶叶种植区。"), null, null, "Nội bộ");
    }

    private static AttendeeDetails attendee() {
        return new AttendeeDetails(text("Nguyễn Văn Thử", "阮文试"), text("Phó Chủ tịch", "副主席"), AttendeeRole.HEAD);
    }

    private SignedDocumentDetails document(Meeting meeting) {
        return new SignedDocumentDetails(text("Biên bản ghi nhớ hợp tác nông nghiệp", "农业合作备忘录"), DocumentKind.MOU,
                Set.of(meeting.hostPartyId(), meeting.coChairPartyId()), LocalDate.of(2024, 12, 5));
    }

    private static SignedDocumentDetails document() {
        return new SignedDocumentDetails(text("Văn bản", "文件"), DocumentKind.MOU, Set.of(), LocalDate.of(2024, 12, 5));
    }

    private static LocalizedText text(String vi, String zh) {
        return new LocalizedText(vi, zh, null);
    }
}
