package org.jwc.secretariat.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
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
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated agenda forms: texts, kinds, durations, and the meeting and item ids a replayed request
 * can carry. A meeting of its own in preparation, hosted by Lạng Sơn; Cao Bằng has a draft in it.
 */
@DatabaseTest
class AgendaInputPropertiesTest {

    @Autowired AgendaService service;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long meeting;
    long concluded;
    long caoBangDraft;

    record Form(long meetingId, AgendaItemDraft draft) {
    }

    /** An edit of an item by id; without a version, as last seen. */
    record Edit(long id, @Nullable Long version, AgendaItemDraft draft) {
    }

    @BeforeEach
    void meetingWithCaoBangsDraft() {
        meeting = TestMeetings.newMeeting(meetings, accounts).id();
        SignedIn.as(accounts, "admin");
        concluded = meetings.findByNumber(14).orElseThrow().id();
        SignedIn.as(accounts, "cb.delegate");
        caoBangDraft = service.draft(meeting, new AgendaItemDraft(new LocalizedText("Cao Bằng", "高平", null),
                LocalizedText.EMPTY, AgendaItemKind.SPEECH, 10, null)).id();
        SignedIn.as(accounts, "ls.delegate");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void agendaItemsTakeAnyTextKindAndDurationAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("agenda items (draft)", jdbc);
        ForAll.check(250, random -> new Form(FormInput.id(random, List.of(meeting), List.of(concluded)), draft(random)),
                form -> {
                    var answer = check.send(() -> service.draft(form.meetingId(), form.draft()));
                    var problems = problems(form.meetingId(), form.draft());
                    if (answer.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        assertStoredAsPromised(answer.saved().id(), form.draft());
                    } else {
                        assertThat(problems).as("refusal %s", answer.refusal()).contains(answer.refusal());
                    }
                });
        check.report();
    }

    @Test
    void editsTakeOnlyTheUsersOwnDraftAsLastSeenWhateverIdAndVersionTheFormCarries() {
        var check = new FormCheck("agenda items (edit)", jdbc);
        var own = service.draft(meeting, new AgendaItemDraft(new LocalizedText("Lạng Sơn", "谅山", null),
                LocalizedText.EMPTY, AgendaItemKind.REPORT, 20, null));
        ForAll.check(250, random -> new Edit(FormInput.id(random, List.of(own.id()), List.of(caoBangDraft)),
                random.nextInt(5) == 0 ? FormInput.pick(random, List.of(-1L, 0L, Long.MAX_VALUE)) : null, draft(random)),
                edit -> {
                    var current = service.get(own.id()).getVersion();
                    var version = edit.version() == null ? current : edit.version();
                    var answer = check.send(() -> service.edit(edit.id(), version, edit.draft()));
                    var problems = edit.id() != own.id() ? Set.of("error.notFound", "error.otherParty")
                            : version != current ? Set.of("error.concurrentEdit") : problems(meeting, edit.draft());
                    if (answer.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        assertStoredAsPromised(own.id(), edit.draft());
                    } else {
                        assertThat(problems).as("refusal %s", answer.refusal()).contains(answer.refusal());
                    }
                });
        check.report();
    }

    private static AgendaItemDraft draft(Random random) {
        return new AgendaItemDraft(FormInput.localized(random, AgendaItem.MAX_TITLE, 0.1),
                FormInput.localized(random, AgendaItem.MAX_DESCRIPTION, 0.1),
                FormInput.choice(random, AgendaItemKind.values()),
                FormInput.number(random, 1, AgendaItem.MAX_DURATION_MINUTES), FormInput.text(random, 200, 0.2));
    }

    /** What the service owes the form: the meeting is checked first, then each field. */
    private Set<String> problems(long meetingId, AgendaItemDraft draft) {
        if (meetingId != meeting) {
            return Set.of(meetingId == concluded ? "meeting.error.phase" : "error.notFound");
        }
        var found = new TreeSet<String>();
        if (draft.title().isBlank()) {
            found.add("title: validation.required");
        }
        found.addAll(FormInput.problems("title", draft.title(), AgendaItem.MAX_TITLE));
        found.addAll(FormInput.problems("description", draft.description(), AgendaItem.MAX_DESCRIPTION));
        if (draft.kind() == null) {
            found.add("kind: validation.required");
        }
        if (draft.durationMinutes() < 1 || draft.durationMinutes() > AgendaItem.MAX_DURATION_MINUTES) {
            found.add("durationMinutes: agenda.error.duration");
        }
        found.addAll(FormInput.problems("speaker", draft.speaker(), 200));
        return found;
    }

    private void assertStoredAsPromised(long id, AgendaItemDraft draft) {
        var stored = service.get(id);
        assertThat(stored.title()).isEqualTo(FormInput.normalised(draft.title()));
        assertThat(stored.description()).isEqualTo(FormInput.normalised(draft.description()));
        assertThat(stored.kind()).isEqualTo(draft.kind());
        assertThat(stored.durationMinutes()).isEqualTo(draft.durationMinutes());
        assertThat(stored.speaker()).isEqualTo(TextInput.normalised(draft.speaker()));
    }
}
