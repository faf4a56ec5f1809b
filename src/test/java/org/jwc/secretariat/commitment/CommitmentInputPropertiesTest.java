package org.jwc.secretariat.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.ForAll;
import org.jwc.secretariat.FormCheck;
import org.jwc.secretariat.FormInput;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated progress notes: statuses, dates (far past, future, absent), texts, and the ids of
 * commitments Lạng Sơn answers for, of commitments it does not, and of none. The commitments come
 * from the final communiqué of a test meeting.
 */
@DatabaseTest
class CommitmentInputPropertiesTest {

    @Autowired ApplicationContext context;
    @Autowired CommitmentService service;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    List<Long> langSons;
    List<Long> others;

    record Note(long commitmentId, ProgressReport report) {
    }

    @BeforeEach
    void commitmentsOfAFinalCommunique() {
        var meeting = FinalCommunique.made(context).id();
        var party = jdbc.queryForObject("SELECT id FROM party WHERE code = 'LS'", Long.class);
        langSons = jdbc.queryForList("SELECT DISTINCT c.id FROM commitment c JOIN commitment_party p ON p.commitment_id = c.id"
                + " WHERE c.meeting_id = ? AND p.party_id = ?", Long.class, meeting, party);
        others = jdbc.queryForList("SELECT id FROM commitment WHERE meeting_id = ? AND id NOT IN (SELECT commitment_id"
                + " FROM commitment_party WHERE party_id = ?)", Long.class, meeting, party);
        SignedIn.as(accounts, "ls.delegate");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void progressNotesTakeAnyStatusDateAndTextAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("commitments' progress notes", jdbc);
        var today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        ForAll.check(250, random -> new Note(FormInput.id(random, langSons, others), new ProgressReport(
                FormInput.choice(random, CommitmentStatus.values()), FormInput.date(random, today.minusDays(25)),
                random.nextInt(20) == 0 ? null : FormInput.localized(random, ProgressNote.MAX_TEXT, 0.15))), note -> {
                    var problems = problems(note);
                    var sent = check.send(() -> service.report(note.commitmentId(), note.report()));
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = service.notes(note.commitmentId()).stream().filter(n -> n.id() == sent.saved().id())
                                .findFirst().orElseThrow();
                        assertThat(stored.status()).isEqualTo(note.report().status());
                        assertThat(stored.notedOn()).isEqualTo(note.report().notedOn());
                        assertThat(stored.text()).isEqualTo(FormInput.normalised(note.report().text()));
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    /** An unknown commitment first, then whose it is, then status, date and text. */
    private Set<String> problems(Note note) {
        if (!langSons.contains(note.commitmentId()) && !others.contains(note.commitmentId())) {
            return Set.of("error.notFound");
        }
        if (!langSons.contains(note.commitmentId())) {
            return Set.of("commitment.error.notResponsible");
        }
        var found = new TreeSet<String>();
        var report = note.report();
        if (report.status() == null) {
            found.add("status: validation.required");
        }
        if (report.notedOn() == null) {
            found.add("notedOn: validation.required");
        } else if (FormInput.outOfCalendar(report.notedOn())) {
            found.add("notedOn: validation.dateRange");
        } else if (report.notedOn().isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))) {
            found.add("notedOn: commitment.error.future");
        }
        if (report.text() == null || report.text().vi() == null && report.text().zh() == null) {
            found.add("text: commitment.error.textRequired");
        } else {
            found.addAll(FormInput.problems("text", report.text(), ProgressNote.MAX_TEXT));
        }
        return found;
    }
}
