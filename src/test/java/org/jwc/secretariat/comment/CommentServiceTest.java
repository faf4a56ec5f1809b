package org.jwc.secretariat.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.agenda.AgendaItem;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.Proposal;
import org.jwc.secretariat.proposal.ProposalDraft;
import org.jwc.secretariat.proposal.ProposalScope;
import org.jwc.secretariat.proposal.ProposalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Threaded comments on proposals and agenda items, scoped like the record they are on. */
@DatabaseTest
class CommentServiceTest {

    @Autowired CommentService comments;
    @Autowired ProposalService proposals;
    @Autowired AgendaService agenda;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aGuangxiSecretaryCommentsOnASubmittedLangSonProposalAndEveryPartyReadsTheThread() {
        var proposal = submitted(draft("ls.delegate"), "ls");
        SignedIn.as(accounts, "gx.secretary");
        var opening = comments.post(Proposal.KIND, proposal.id(), null, "  Đề nghị làm rõ phạm vi 范围  ");
        SignedIn.as(accounts, "ls.leader");
        comments.post(Proposal.KIND, proposal.id(), opening.id(), "<b>Sẽ bổ sung</b>");

        for (var reader : List.of("cb.delegate", "admin", "gx.leader")) {
            SignedIn.as(accounts, reader);
            var threads = comments.threads(Proposal.KIND, proposal.id());
            assertThat(threads).hasSize(1);
            assertThat(threads.getFirst().opening().body()).isEqualTo("Đề nghị làm rõ phạm vi 范围");
            assertThat(threads.getFirst().replies()).extracting(Comment::body).containsExactly("<b>Sẽ bổ sung</b>");
        }
    }

    @Test
    void commentsOnADraftNeverLeaveTheOwnerPartyEvenAfterSubmission() {
        var draft = draft("qn.delegate");
        SignedIn.as(accounts, "qn.leader");
        comments.post(Proposal.KIND, draft.id(), null, "Nội bộ: cần xin ý kiến lãnh đạo");
        SignedIn.as(accounts, "gx.secretary");
        // Another party's draft is answered as an unknown record is.
        assertThatThrownBy(() -> comments.threads(Proposal.KIND, draft.id())).isInstanceOf(RefusedException.class)
                .hasMessage("error.notFound");
        assertThatThrownBy(() -> comments.post(Proposal.KIND, draft.id(), null, "看不到"))
                .isInstanceOf(RefusedException.class).hasMessage("error.notFound");

        submitted(draft, "qn");
        SignedIn.as(accounts, "gx.secretary");
        assertThat(comments.threads(Proposal.KIND, draft.id())).isEmpty();
        SignedIn.as(accounts, "qn.delegate");
        assertThat(comments.threads(Proposal.KIND, draft.id())).extracting(t -> t.opening().body())
                .containsExactly("Nội bộ: cần xin ý kiến lãnh đạo");
    }

    @Test
    void onlyWhoeverOpenedTheThreadOrTheOwnerPartyResolvesAndReopensIt() {
        var proposal = submitted(draft("ls.delegate"), "ls");
        SignedIn.as(accounts, "cb.delegate");
        var opening = comments.post(Proposal.KIND, proposal.id(), null, "Cao Bằng đề nghị thêm cửa khẩu Trà Lĩnh");

        SignedIn.as(accounts, "gx.secretary");
        assertThatThrownBy(() -> comments.resolve(opening.id(), opening.getVersion()))
                .isInstanceOf(AccessDeniedException.class).hasMessage("comment.error.settleNotAllowed");
        SignedIn.as(accounts, "ls.delegate");
        var resolved = comments.resolve(opening.id(), opening.getVersion());
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedByName()).isNotBlank();
        assertThatThrownBy(() -> comments.resolve(opening.id(), opening.getVersion()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        SignedIn.as(accounts, "cb.delegate");
        assertThat(comments.reopen(opening.id(), resolved.getVersion()).resolved()).isFalse();
    }

    @Test
    void aReplyJoinsTheThreadAndCannotStartOneOfItsOwn() {
        var proposal = submitted(draft("ls.delegate"), "ls");
        SignedIn.as(accounts, "gx.delegate");
        var opening = comments.post(Proposal.KIND, proposal.id(), null, "问题");
        var reply = comments.post(Proposal.KIND, proposal.id(), opening.id(), "Trả lời");
        assertThatThrownBy(() -> comments.post(Proposal.KIND, proposal.id(), reply.id(), "Trả lời của trả lời"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("comment.error.notAThread"));
        var other = submitted(draft("ls.delegate"), "ls");
        SignedIn.as(accounts, "gx.delegate");
        assertThatThrownBy(() -> comments.post(Proposal.KIND, other.id(), opening.id(), "Sai chỗ"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
    }

    @Test
    void badTextIsRefusedOnItsFieldAndNothingIsSaved() {
        var proposal = submitted(draft("ls.delegate"), "ls");
        SignedIn.as(accounts, "gx.secretary");
        for (var bad : List.of("", "   ", "x".repeat(Comment.MAX_TEXT + 1), "ẩn\u200Bchữ", "điều khiển\u0007")) {
            assertThatThrownBy(() -> comments.post(Proposal.KIND, proposal.id(), null, bad))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("text"));
        }
        assertThat(comments.threads(Proposal.KIND, proposal.id())).isEmpty();
    }

    @Test
    void administratorsReadButDoNotComment() {
        var proposal = submitted(draft("ls.delegate"), "ls");
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> comments.post(Proposal.KIND, proposal.id(), null, "Quản trị"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaoBangLeaderCommentsOnASubmittedAgendaItemButNoOneOutsideSeesAHaGiangDraft() {
        SignedIn.as(accounts, "qn.secretary");
        var item = agenda.draft(eighteenth(), new AgendaItemDraft(new LocalizedText("Báo cáo " + SignedIn.unique(""), "报告", null),
                new LocalizedText("Nội dung", "内容", null), AgendaItemKind.REPORT, 20, null));
        SignedIn.as(accounts, "cb.leader");
        assertThatThrownBy(() -> comments.threads(AgendaItem.KIND, item.id())).isInstanceOf(RefusedException.class)
                .hasMessage("error.notFound");
        SignedIn.as(accounts, "qn.secretary");
        agenda.submit(item.id(), item.getVersion());
        SignedIn.as(accounts, "cb.leader");
        comments.post(AgendaItem.KIND, item.id(), null, "Đề nghị rút ngắn còn 15 phút");
        assertThat(comments.threads(AgendaItem.KIND, item.id())).hasSize(1);
    }

    private Proposal draft(String username) {
        SignedIn.as(accounts, username);
        return proposals.draft(eighteenth(), new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.JOINT,
                Set.of(), new LocalizedText("Hợp tác " + SignedIn.unique(""), "合作", null),
                new LocalizedText("Đề nghị các bên phối hợp", "建议各方加强合作", null), null, null, null));
    }

    /** Submitted by the secretary of the owner party, named by its code. */
    private Proposal submitted(Proposal draft, String party) {
        SignedIn.as(accounts, party + ".secretary");
        return proposals.submit(draft.id(), proposals.get(draft.id()).getVersion());
    }

    private long eighteenth() {
        return meetings.findByNumber(18).orElseThrow().id();
    }
}
