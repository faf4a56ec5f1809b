package org.jwc.secretariat.minutes;

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
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated minutes forms: sections (headings, bodies, section ids and versions) and attendance
 * (names, titles, roles, meeting ids). Lạng Sơn hosts a meeting of its own and keeps its minutes;
 * Quảng Ninh has drafted its own statement, which the host must not overwrite.
 */
@DatabaseTest
class MinutesInputPropertiesTest {

    @Autowired MinutesService minutes;
    @Autowired AttendanceService attendance;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long meeting;
    long concluded;
    List<Long> hostWrites;
    long quangNinhsDraft;

    /** A section written by id; without a version, as last seen. */
    record Write(long sectionId, @Nullable Long version, SectionText text) {
    }

    record Member(long meetingId, AttendeeDetails details) {
    }

    @BeforeEach
    void openMinutesWithQuangNinhsDraftStatement() {
        meeting = TestMeetings.newMeeting(meetings, accounts).id();
        SignedIn.as(accounts, "admin");
        concluded = meetings.findByNumber(14).orElseThrow().id();
        SignedIn.as(accounts, "ls.secretary");
        minutes.open(meeting);
        var sections = minutes.sections(meeting);
        hostWrites = List.of(sections.get(0).id(), sections.get(1).id());
        SignedIn.as(accounts, "qn.secretary");
        var quangNinhs = minutes.sections(meeting).stream().filter(s -> s.kind() == SectionKind.STATEMENT
                && s.partyId() != null && s.partyId() == partyId("QN")).findFirst().orElseThrow();
        quangNinhsDraft = minutes.write(quangNinhs.id(), quangNinhs.getVersion(), new SectionText(quangNinhs.heading(),
                new LocalizedText("Đoàn Quảng Ninh phát biểu", "广宁省代表团发言", null))).id();
        SignedIn.as(accounts, "ls.secretary");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void sectionsTakeAnyHeadingAndBodyAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("minutes sections", jdbc);
        ForAll.check(250, random -> new Write(FormInput.id(random, hostWrites, List.of(quangNinhsDraft)),
                random.nextInt(6) == 0 ? FormInput.pick(random, List.of(-1L, 0L, Long.MAX_VALUE)) : null, text(random)),
                write -> {
                    var current = hostWrites.contains(write.sectionId()) ? minutes.section(write.sectionId()).getVersion() : 0;
                    var version = write.version() == null ? current : write.version();
                    var sent = check.send(() -> minutes.write(write.sectionId(), version, write.text()));
                    var problems = !hostWrites.contains(write.sectionId())
                            ? Set.of("error.notFound", "error.otherParty", "minutes.error.partyDraft", "error.concurrentEdit")
                            : version != current ? Set.of("error.concurrentEdit") : problems(write.text());
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = minutes.section(write.sectionId());
                        assertThat(stored.heading()).isEqualTo(FormInput.normalised(write.text().heading()));
                        assertThat(stored.body()).isEqualTo(write.text().body() == null ? LocalizedText.EMPTY
                                : FormInput.normalised(write.text().body()));
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    @Test
    void delegationsTakeAnyNameTitleAndRoleAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("attendance", jdbc);
        ForAll.check(250, random -> new Member(FormInput.id(random, List.of(meeting), List.of(concluded)),
                new AttendeeDetails(FormInput.localized(random, Attendee.MAX_NAME, 0.1),
                        FormInput.localized(random, Attendee.MAX_TITLE, 0.1), FormInput.choice(random, AttendeeRole.values()))),
                member -> {
                    var sent = check.send(() -> attendance.addMember(member.meetingId(), member.details()));
                    var problems = problems(member);
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = attendance.attendance(meeting).stream().flatMap(list -> list.attendees().stream())
                                .filter(a -> a.id() == sent.saved().id()).findFirst().orElseThrow();
                        assertThat(stored.name()).isEqualTo(FormInput.normalised(member.details().name()));
                        assertThat(stored.title()).isEqualTo(FormInput.normalised(member.details().title()));
                        assertThat(stored.role()).isEqualTo(member.details().role());
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    private static SectionText text(Random random) {
        return new SectionText(random.nextInt(20) == 0 ? null : FormInput.localized(random, MinutesSection.MAX_HEADING, 0.1),
                random.nextInt(20) == 0 ? null : FormInput.localized(random, MinutesSection.MAX_BODY, 0.05));
    }

    private static Set<String> problems(SectionText text) {
        var found = new TreeSet<String>();
        if (text.heading() == null || !text.heading().hasOfficialLanguages()) {
            found.add("heading: validation.officialLanguages");
        }
        if (text.heading() != null) {
            found.addAll(FormInput.problems("heading", text.heading(), MinutesSection.MAX_HEADING));
        }
        if (text.body() != null) {
            found.addAll(FormInput.problems("body", text.body(), MinutesSection.MAX_BODY));
        }
        return found;
    }

    /** The meeting first, then name, title and role. */
    private Set<String> problems(Member member) {
        if (member.meetingId() != meeting) {
            return Set.of(member.meetingId() == concluded ? "meeting.error.phase" : "error.notFound");
        }
        var found = new TreeSet<String>();
        var d = member.details();
        if (!d.name().hasOfficialLanguages()) {
            found.add("name: validation.officialLanguages");
        }
        found.addAll(FormInput.problems("name", d.name(), Attendee.MAX_NAME));
        if (!d.title().hasOfficialLanguages()) {
            found.add("title: validation.officialLanguages");
        }
        found.addAll(FormInput.problems("title", d.title(), Attendee.MAX_TITLE));
        if (d.role() == null) {
            found.add("role: validation.required");
        } else if (d.role() == AttendeeRole.OBSERVER) {
            found.add("role: minutes.error.memberRole");
        }
        return found;
    }

    private long partyId(String code) {
        return jdbc.queryForObject("SELECT id FROM party WHERE code = ?", Long.class, code);
    }
}
