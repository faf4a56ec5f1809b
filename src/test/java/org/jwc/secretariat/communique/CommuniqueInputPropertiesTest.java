package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.ForAll;
import org.jwc.secretariat.FormCheck;
import org.jwc.secretariat.FormInput;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.TextInput;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.party.Party;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated communiqué forms of the host's secretary: paragraphs (texts, kinds, named parties,
 * places, section ids of this communiqué or of none) and brackets (holders, spans that stand in the
 * text or not, reasons, alternatives). A test meeting in drafting, hosted by Lạng Sơn.
 */
@DatabaseTest
class CommuniqueInputPropertiesTest {

    @Autowired ApplicationContext context;
    @Autowired CommuniqueService communiques;
    @Autowired DraftEditing editing;
    @Autowired BracketService brackets;
    @Autowired JdbcTemplate jdbc;

    long meeting;
    List<Long> sections;
    List<Long> takingPart;
    List<Long> allParties;

    record Addition(long sectionId, int index, ParagraphEdit edit) {
    }

    record Opening(long paragraphId, BracketDraft draft) {
    }

    @BeforeEach
    void aGeneratedDraft() {
        meeting = CirculatedCommuniques.generatedDraft(context).meeting().id();
        sections = jdbc.queryForList("SELECT s.id FROM communique_section s JOIN communique c ON c.id = s.communique_id"
                + " WHERE c.meeting_id = ?", Long.class, meeting);
        takingPart = communiques.takingPart(meeting).stream().map(Party::id).toList();
        allParties = jdbc.queryForList("SELECT id FROM party", Long.class);
    }

    @AfterEach
    void discard() {
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void paragraphsTakeAnyTextKindAndPartiesAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("communiqué paragraphs", jdbc);
        ForAll.check(250, random -> new Addition(FormInput.id(random, sections, List.of()), FormInput.number(random, 0, 10),
                new ParagraphEdit(FormInput.choice(random, ParagraphKind.values()), parties(random),
                        random.nextInt(20) == 0 ? null : FormInput.localized(random, Paragraph.MAX_TEXT, 0.1))),
                addition -> {
                    var edit = addition.edit();
                    var sent = check.send(() -> editing.add(addition.sectionId(), addition.index(), edit));
                    var problems = sections.contains(addition.sectionId()) ? problems(edit) : Set.of("error.notFound");
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = communiques.paragraph(sent.saved().id());
                        assertThat(stored.text()).isEqualTo(FormInput.normalised(edit.text()));
                        assertThat(stored.kind()).isEqualTo(edit.kind());
                        assertThat(stored.partyIds()).isEqualTo(edit.kind() == ParagraphKind.COMMON ? Set.of()
                                : Set.copyOf(edit.partyIds()));
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    @Test
    void bracketsTakeAnySpanReasonAndAlternativeAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("communiqué brackets", jdbc);
        var paragraphs = communiques.paragraphs(meeting).stream()
                .filter(p -> p.text().vi() != null && p.text().zh() != null && p.text().vi().length() > 20).toList();
        ForAll.check(250, random -> {
            var paragraph = FormInput.pick(random, paragraphs);
            return new Opening(FormInput.id(random, List.of(paragraph.id()), List.of()), new BracketDraft(
                    FormInput.id(random, takingPart, allParties), span(random, paragraph.text().vi()),
                    span(random, paragraph.text().zh()), FormInput.text(random, 1000, 0.2), alternatives(random)));
        }, opening -> {
            var paragraph = paragraphs.stream().filter(p -> p.id() == opening.paragraphId()).findFirst();
            var sent = check.send(() -> brackets.open(opening.paragraphId(), opening.draft()));
            var problems = paragraph.isPresent() ? problems(opening.draft(), paragraph.get().text()) : Set.of("error.notFound");
            if (sent.accepted()) {
                assertThat(problems).as("accepted although").isEmpty();
                assertThat(sent.saved().spanVi()).isEqualTo(TextInput.normalised(opening.draft().spanVi()));
                assertThat(sent.saved().reason()).isEqualTo(TextInput.normalised(opening.draft().reason()));
            } else {
                assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
            }
        });
        check.report();
    }

    private List<Long> parties(Random random) {
        var named = new ArrayList<Long>();
        for (int i = random.nextInt(4); i > 0; i--) {
            named.add(FormInput.id(random, takingPart, allParties));
        }
        return named;
    }

    /** A piece of the paragraph's text (one that stands in it), or any text. */
    private static String span(Random random, String text) {
        if (random.nextInt(3) == 0) {
            return FormInput.text(random, Bracket.MAX_SPAN, 0.3);
        }
        var start = random.nextInt(text.length() - 5);
        return text.substring(start, start + 1 + random.nextInt(Math.min(30, text.length() - start - 1)));
    }

    private static List<Alternative> alternatives(Random random) {
        var alternatives = new ArrayList<Alternative>();
        for (int i = random.nextInt(3); i > 0; i--) {
            alternatives.add(new Alternative(FormInput.text(random, Bracket.MAX_SPAN, 0.1), FormInput.text(random, Bracket.MAX_SPAN, 0.1)));
        }
        return alternatives;
    }

    /** Kind, then the named parties, then the text, then whether the parties fit the kind. */
    private Set<String> problems(ParagraphEdit edit) {
        var found = new TreeSet<String>();
        if (edit.kind() == null) {
            found.add("kind: validation.required");
        }
        if (!takingPart.containsAll(edit.partyIds())) {
            found.add("parties: communique.error.partyNotTakingPart");
        }
        if (edit.text() == null || edit.text().vi() == null && edit.text().zh() == null) {
            found.add("text: communique.error.textRequired");
        } else {
            found.addAll(FormInput.problems("text", edit.text(), Paragraph.MAX_TEXT));
        }
        if (edit.kind() == ParagraphKind.BILATERAL && Set.copyOf(edit.partyIds()).size() < 2) {
            found.add("parties: communique.error.bilateralParties");
        }
        return found;
    }

    /** Holder, then spans, reason and alternatives, then whether the spans stand in the text. */
    private Set<String> problems(BracketDraft draft, LocalizedText text) {
        var found = new TreeSet<String>();
        if (draft.holderPartyId() == null || !takingPart.contains(draft.holderPartyId())) {
            found.add("holder: validation.required");
        }
        required(found, "spanVi", draft.spanVi(), Bracket.MAX_SPAN);
        required(found, "spanZh", draft.spanZh(), Bracket.MAX_SPAN);
        required(found, "reason", draft.reason(), 1000);
        for (var alternative : draft.alternatives()) {
            required(found, "alternatives", alternative.vi(), Bracket.MAX_SPAN);
            required(found, "alternatives", alternative.zh(), Bracket.MAX_SPAN);
        }
        var vi = TextInput.normalised(draft.spanVi());
        var zh = TextInput.normalised(draft.spanZh());
        if (vi == null || zh == null || !text.vi().contains(vi) || !text.zh().contains(zh)) {
            found.add("spanVi: communique.error.spanNotInText");
        }
        return found;
    }

    private static void required(Set<String> found, String field, String text, int max) {
        found.addAll(FormInput.problems(field, text, max));
        if (TextInput.normalised(text) == null) {
            found.add(field + ": validation.required");
        }
    }
}
