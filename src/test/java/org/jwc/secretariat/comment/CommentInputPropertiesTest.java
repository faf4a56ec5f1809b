package org.jwc.secretariat.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.ForAll;
import org.jwc.secretariat.FormCheck;
import org.jwc.secretariat.FormInput;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.TextInput;
import org.jwc.secretariat.agenda.AgendaItemDraft;
import org.jwc.secretariat.agenda.AgendaItemKind;
import org.jwc.secretariat.agenda.AgendaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated comments: texts, record kinds, record ids and thread ids as a replayed request can
 * carry them. Lạng Sơn's delegate comments on Lạng Sơn's draft agenda item, which has a thread with
 * a reply; Cao Bằng's draft and the thread on another item are ids the form must not get through with.
 */
@DatabaseTest
class CommentInputPropertiesTest {

    private static final String AGENDA = "agendaItem";

    @Autowired CommentService service;
    @Autowired AgendaService agenda;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long ownDraft;
    long caoBangsDraft;
    long thread;
    long reply;
    long threadElsewhere;

    /** A comment as the form sends it: on a record of a kind, in a thread or opening one. */
    record Post(String kind, long recordId, @Nullable Long threadId, @Nullable String text) {
    }

    @BeforeEach
    void draftsWithThreads() {
        var meeting = TestMeetings.newMeeting(meetings, accounts).id();
        SignedIn.as(accounts, "cb.delegate");
        caoBangsDraft = agenda.draft(meeting, item("Cao Bằng")).id();
        SignedIn.as(accounts, "ls.delegate");
        ownDraft = agenda.draft(meeting, item("Lạng Sơn")).id();
        thread = service.post(AGENDA, ownDraft, null, "Cần bổ sung số liệu").id();
        reply = service.post(AGENDA, ownDraft, thread, "Đã bổ sung").id();
        threadElsewhere = service.post(AGENDA, agenda.draft(meeting, item("Lạng Sơn 2")).id(), null, "Ý kiến").id();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void commentsTakeAnyTextAFormSendsOnARecordTheUserMayReadOrRefuseItWithAMessage() {
        var check = new FormCheck("comments", jdbc);
        ForAll.check(250, random -> new Post(random.nextInt(15) == 0 ? FormInput.pick(random, List.of("", "user", "AGENDAITEM", "agendaItem "))
                : AGENDA, FormInput.id(random, List.of(ownDraft), List.of(caoBangsDraft)),
                random.nextBoolean() ? null : FormInput.id(random, List.of(thread), List.of(reply, threadElsewhere)),
                FormInput.text(random, Comment.MAX_TEXT, 0.3)), post -> {
                    var sent = check.send(() -> service.post(post.kind(), post.recordId(), post.threadId(), post.text()));
                    var problems = problems(post);
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        assertThat(sent.saved().body()).isEqualTo(TextInput.normalised(post.text()));
                        assertThat(sent.saved().threadId()).isEqualTo(post.threadId());
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    /** What the service owes the post: the record is checked first, then the text, then the thread. */
    private Set<String> problems(Post post) {
        if (!post.kind().equals(AGENDA) || post.recordId() != ownDraft) {
            return Set.of("error.notFound", "error.otherParty");
        }
        var found = new TreeSet<String>(FormInput.problems("text", post.text(), Comment.MAX_TEXT));
        if (TextInput.normalised(post.text()) == null) {
            found.add("text: validation.required");
        }
        if (found.isEmpty() && post.threadId() != null && post.threadId() != thread) {
            found.addAll(List.of("error.notFound", "comment.error.notAThread"));
        }
        return found;
    }

    private static AgendaItemDraft item(String title) {
        return new AgendaItemDraft(new LocalizedText(title, "议程", null), LocalizedText.EMPTY, AgendaItemKind.SPEECH, 10, null);
    }
}
