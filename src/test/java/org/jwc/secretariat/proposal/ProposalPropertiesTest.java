package org.jwc.secretariat.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jwc.secretariat.proposal.GeneratedDrafts.draft;
import static org.jwc.secretariat.proposal.GeneratedDrafts.normalised;
import static org.jwc.secretariat.proposal.GeneratedDrafts.problems;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.ForAll;
import org.jwc.secretariat.FormCheck;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TextInput;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated input fed to the proposal service (property tests on the {@link ForAll} harness):
 * whatever a draft holds, it is saved exactly as promised or refused with a reason each language
 * can show, and a refusal saves nothing. Meeting 18 is in preparation; Lạng Sơn drafts.
 */
@DatabaseTest
class ProposalPropertiesTest {

    @Autowired ProposalService service;
    @Autowired Proposals proposals;
    @Autowired ProposalBackgrounds backgrounds;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;

    long meeting;
    long area;

    @BeforeEach
    void signInToMeetingEighteen() {
        SignedIn.as(accounts, "ls.delegate");
        meeting = meetings.findByNumber(18).orElseThrow().id();
        area = areas.children(null).getFirst().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void anyDraftIsSavedAsPromisedOrRefusedInEveryLanguageWithNothingHalfSaved() {
        var outcomes = new TreeMap<String, Integer>();
        ForAll.check(200, random -> draft(random, 0.15, area), draft -> {
            var problems = problems(draft);
            long saved = proposals.count();
            long savedBackgrounds = backgrounds.count();
            try {
                var proposal = service.draft(meeting, draft);
                assertThat(problems).as("accepted although").isEmpty();
                assertStoredAsPromised(proposal.id(), draft);
                outcomes.merge("saved", 1, Integer::sum);
            } catch (RefusedException e) {
                assertThat(problems).as("refusal").contains(e.field() + ": " + e.messageKey());
                FormCheck.assertShownInEveryLanguage(e.messageKey(), e.args());
                assertThat(proposals.count()).as("proposals after a refusal").isEqualTo(saved);
                assertThat(backgrounds.count()).as("backgrounds after a refusal").isEqualTo(savedBackgrounds);
                outcomes.merge(e.messageKey(), 1, Integer::sum);
            }
        });
        LoggerFactory.getLogger(getClass()).info("Generated drafts: {}", outcomes);
    }

    @Test
    void markupAndMixedScriptsAreKeptAsTypedNeverStripped() {
        Function<Random, String> marked = random -> TextInput.MARKUP.get(random.nextInt(TextInput.MARKUP.size()))
                + " Lạng Sơn 谅山 Lang Son " + TextInput.MARKUP.get(random.nextInt(TextInput.MARKUP.size()));
        ForAll.check(40, random -> new ProposalDraft(area, ProposalScope.JOINT, Set.of(),
                new LocalizedText(marked.apply(random), marked.apply(random), marked.apply(random)),
                new LocalizedText(marked.apply(random), marked.apply(random), null), marked.apply(random), null,
                marked.apply(random)), draft -> assertStoredAsPromised(service.draft(meeting, draft).id(), draft));
    }

    @Test
    void anEditFromAStaleVersionIsRefusedWhateverItHoldsAndTheOtherEditStays() {
        ForAll.check(30, random -> List.of(draft(random, 0, area), draft(random, 0, area), draft(random, 0.3, area)),
                drafts -> {
                    SignedIn.as(accounts, "ls.delegate");
                    var mine = service.draft(meeting, drafts.get(0));
                    SignedIn.as(accounts, "ls.secretary");
                    var theirs = service.edit(mine.id(), mine.getVersion(), drafts.get(1));
                    SignedIn.as(accounts, "ls.delegate");
                    assertThatThrownBy(() -> service.edit(mine.id(), mine.getVersion(), drafts.get(2)))
                            .isInstanceOfSatisfying(RefusedException.class,
                                    e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
                    assertThat(service.get(mine.id()).getVersion()).isEqualTo(theirs.getVersion());
                    assertStoredAsPromised(mine.id(), drafts.get(1));
                });
    }

    private void assertStoredAsPromised(long id, ProposalDraft draft) {
        var stored = service.get(id);
        assertThat(stored.title()).isEqualTo(normalised(draft.title()));
        assertThat(stored.text()).isEqualTo(normalised(draft.text()));
        assertThat(stored.followsUp()).isEqualTo(TextInput.normalised(draft.followsUp()));
        assertThat(service.background(id).orElse(null)).isEqualTo(TextInput.normalised(draft.background()));
    }
}
