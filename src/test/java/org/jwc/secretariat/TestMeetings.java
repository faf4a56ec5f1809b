package org.jwc.secretariat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A meeting of its own for each test that keeps minutes or a communiqué (a meeting has one of each, and on
 * MariaDB all test classes share one database): like the 18th (Lạng Sơn hosts, Guangxi co-chairs),
 * numbered below the demo's 14th so that the host rotation, which follows the latest meeting, is
 * unchanged. Thirteen numbers are few, so each test class discards its meetings after each test.
 */
public final class TestMeetings {

    private static final List<Long> CREATED = new ArrayList<>();

    private TestMeetings() {
    }

    public static Meeting newMeeting(MeetingService meetings, UserDetailsService accounts) {
        SignedIn.as(accounts, "admin");
        var eighteenth = meetings.findByNumber(18).orElseThrow().details();
        var taken = meetings.all().stream().map(Meeting::number).collect(Collectors.toSet());
        var number = IntStream.range(1, 14).filter(n -> !taken.contains(n)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no meeting number below 14 left for a test"));
        var meeting = meetings.create(new MeetingDetails(number,
                new LocalizedText("Hội nghị thử nghiệm lần " + number, "第" + number + "次测试会议", "Test meeting " + number),
                eighteenth.startsAt(), eighteenth.endsAt(), eighteenth.format(), eighteenth.venue(), eighteenth.bridges(),
                eighteenth.hostPartyId(), eighteenth.coChairPartyId(), null, null, null));
        SignedIn.signOut();
        CREATED.add(meeting.id());
        return meeting;
    }

    /** Deletes the meetings made so far and everything kept about them (the revision log keeps its copies). */
    public static void discardAll(JdbcTemplate jdbc) {
        CREATED.forEach(id -> discard(jdbc, id));
        CREATED.clear();
    }

    /** Deletes a meeting and everything kept about it, of whichever committee (the revision log keeps its copies). */
    public static void discard(JdbcTemplate jdbc, long id) {
        jdbc.update("DELETE FROM record_comment WHERE meeting_id = ? AND thread_id IS NOT NULL", id);
        jdbc.update("DELETE FROM signed_document_party WHERE signed_document_id IN (SELECT id FROM signed_document WHERE meeting_id = ?)", id);
        var files = jdbc.queryForList("SELECT file_id FROM signed_document WHERE meeting_id = ?", Long.class, id);
        jdbc.update("DELETE FROM signed_document WHERE meeting_id = ?", id);
        files.forEach(file -> jdbc.update("DELETE FROM document_file WHERE id = ?", file));
        discardCommunique(jdbc, id);
        discardProposals(jdbc, id);
        for (var table : List.of("record_comment", "user_notification", "minutes_section", "attendee", "delegation",
                "minutes", "agenda_item")) {
            jdbc.update("DELETE FROM " + table + " WHERE meeting_id = ?", id);
        }
        jdbc.update("DELETE FROM meeting WHERE id = ?", id);
    }

    /** Deletes a meeting's communiqué: its commitments, versions, decisions, brackets, paragraphs and sections. */
    public static void discardCommunique(JdbcTemplate jdbc, long meetingId) {
        var communique = "(SELECT id FROM communique WHERE meeting_id = " + meetingId + ")";
        var paragraphs = "(SELECT id FROM communique_paragraph WHERE communique_id IN " + communique + ")";
        for (var delete : List.of(
                // A proposal of a later test meeting may follow up one of these commitments.
                "UPDATE proposal SET follows_up_commitment_id = NULL WHERE follows_up_commitment_id IN "
                        + "(SELECT id FROM commitment WHERE meeting_id = " + meetingId + ")",
                "DELETE FROM progress_note WHERE commitment_id IN (SELECT id FROM commitment WHERE meeting_id = " + meetingId + ")",
                "DELETE FROM commitment_party WHERE commitment_id IN (SELECT id FROM commitment WHERE meeting_id = " + meetingId + ")",
                "DELETE FROM commitment WHERE meeting_id = " + meetingId,
                "DELETE FROM communique_approval WHERE communique_id IN " + communique,
                "DELETE FROM communique_version WHERE communique_id IN " + communique,
                "DELETE FROM communique_bracket_alternative WHERE bracket_id IN (SELECT id FROM communique_bracket WHERE paragraph_id IN " + paragraphs + ")",
                "DELETE FROM communique_bracket WHERE paragraph_id IN " + paragraphs,
                "DELETE FROM communique_paragraph_party WHERE paragraph_id IN " + paragraphs,
                "DELETE FROM communique_paragraph_source WHERE paragraph_id IN " + paragraphs,
                "DELETE FROM communique_paragraph WHERE communique_id IN " + communique,
                "DELETE FROM communique_section WHERE communique_id IN " + communique,
                "DELETE FROM communique WHERE meeting_id = " + meetingId)) {
            jdbc.update(delete);
        }
    }

    private static void discardProposals(JdbcTemplate jdbc, long meetingId) {
        discardProposals(jdbc, "(SELECT id FROM proposal WHERE meeting_id = " + meetingId + ")");
    }

    /** Deletes the given proposals, their responses, readings and notifications. */
    public static void discardProposals(JdbcTemplate jdbc, List<Long> ids) {
        if (!ids.isEmpty()) {
            var list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            for (var id : ids) {
                jdbc.update("DELETE FROM user_notification WHERE link = ?", "proposals/" + id);
            }
            discardProposals(jdbc, "(" + list + ")");
        }
    }

    private static void discardProposals(JdbcTemplate jdbc, String proposals) {
        // A draft of the next test meeting may have been carried over from one of these; it goes with its own meeting.
        jdbc.update("UPDATE proposal SET carried_from_id = NULL WHERE carried_from_id IN " + proposals);
        for (var table : List.of("proposal_response", "proposal_background", "proposal_counterpart")) {
            jdbc.update("DELETE FROM " + table + " WHERE proposal_id IN " + proposals);
        }
        jdbc.update("DELETE FROM record_reading WHERE record_kind = 'proposal' AND record_id IN " + proposals);
        jdbc.update("DELETE FROM proposal WHERE id IN " + proposals);
    }
}
