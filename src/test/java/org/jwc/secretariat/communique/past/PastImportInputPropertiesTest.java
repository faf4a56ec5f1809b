package org.jwc.secretariat.communique.past;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated imports of a past communiqué: the 14th's text cut, thinned, shuffled, salted with
 * troubled characters or replaced by any text, in a language or none, for the concluded test
 * meeting, the 18th (still in preparation) or no meeting; then the review as a hostile client could
 * send it back, with areas and parties of no one. Lạng Sơn's secretary, the host, imports.
 */
@DatabaseTest
class PastImportInputPropertiesTest {

    @Autowired PastCommuniqueImport imports;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long meeting;
    long eighteenth;

    record Upload(long meetingId, String text, @Nullable Language language, boolean tampered) {
    }

    @BeforeEach
    void aConcludedMeeting() {
        meeting = PastMeetings.concluded(meetings, accounts).id();
        SignedIn.as(accounts, "ls.secretary");
        eighteenth = meetings.findByNumber(18).orElseThrow().id();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theImportTakesAnyTextAndReviewAFormSendsOrRefusesItWithAMessage() {
        var previews = new FormCheck("the import of a past communiqué (preview)", jdbc);
        var saves = new FormCheck("the import of a past communiqué (save)", jdbc);
        var fourteenth = PastMeetings.fourteenth();
        ForAll.check(200, random -> new Upload(FormInput.id(random, List.of(meeting), List.of(eighteenth)),
                garbled(random, fourteenth), FormInput.choice(random, Language.values()), random.nextInt(3) == 0), upload -> {
                    var preview = previews.send(() -> imports.preview(upload.meetingId(), upload.text(), upload.language()));
                    if (upload.meetingId() != meeting || upload.language() == null) {
                        assertThat(preview.accepted()).as("previewed for a meeting it cannot go into, or in no language").isFalse();
                    }
                    if (!preview.accepted()) {
                        return;
                    }
                    var reviewed = upload.tampered() ? tampered(new Random(upload.text().length()), preview.saved())
                            : preview.saved();
                    var saved = saves.send(() -> imports.save(meeting, reviewed, upload.language()));
                    if (saved.accepted()) {
                        var stored = jdbc.queryForObject("SELECT COUNT(*) FROM communique_paragraph p JOIN communique c"
                                + " ON c.id = p.communique_id WHERE c.meeting_id = ?", Integer.class, meeting);
                        assertThat(stored).as("paragraphs saved: the preamble's, the sections' and the closing's, but an emptied one")
                                .isEqualTo(withText(reviewed.preamble()) + withText(reviewed.closing()) + reviewed.sections().stream()
                                        .mapToInt(s -> withText(s.paragraphs().stream().map(ParsedParagraph::text).toList())).sum());
                    }
                });
        var nothing = saves.send(() -> imports.save(meeting, null, Language.VI));
        assertThat(nothing.accepted()).as("a save with no review").isFalse();
        previews.report();
        saves.report();
    }

    /** How many paragraphs still have text: the review drops one the user emptied. */
    private static int withText(List<String> paragraphs) {
        return (int) paragraphs.stream().filter(t -> LocalizedText.trimToNull(t) != null).count();
    }

    /** The text as a PDF extraction, a paste or a hostile client might give it. */
    private static String garbled(Random random, String text) {
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (random.nextInt(7)) {
            case 0 -> {
                return text.substring(0, random.nextInt(text.length()));
            }
            case 1 -> lines.removeIf(line -> random.nextInt(4) == 0);
            case 2 -> java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            case 3 -> {
                for (int i = 0; i < 3; i++) {
                    var at = random.nextInt(lines.size());
                    lines.set(at, TextInput.troubled(random, 200) + lines.get(at));
                }
            }
            case 4 -> {
                return random.nextInt(10) == 0 ? "x".repeat(PastCommuniqueImport.MAX_LENGTH + 1) : TextInput.troubled(random, 2000);
            }
            case 5 -> lines.replaceAll(line -> line.replaceFirst("^(\\d+)\\.", "$1 ."));
            default -> {
                return text;
            }
        }
        return String.join("\n", lines);
    }

    /** The review sent back with an area and parties no one has, and a paragraph's text replaced. */
    private static ParsedCommunique tampered(Random random, ParsedCommunique parsed) {
        var sections = new ArrayList<ParsedSection>();
        for (var s : parsed.sections()) {
            var paragraphs = new ArrayList<ParsedParagraph>();
            for (var p : s.paragraphs()) {
                paragraphs.add(random.nextInt(5) > 0 ? p : new ParsedParagraph(TextInput.troubled(random, 2000), p.kind(),
                        List.of(FormInput.pick(random, FormInput.UNKNOWN_IDS))));
            }
            sections.add(new ParsedSection(s.level(), s.number(), s.heading(),
                    random.nextInt(4) == 0 ? FormInput.pick(random, FormInput.UNKNOWN_IDS) : s.areaId(), s.confidence(),
                    paragraphs));
        }
        return new ParsedCommunique(parsed.title(), parsed.preamble(), sections, parsed.closing());
    }
}
