package org.jwc.secretariat.proposal;

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
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated responses: positions, amended texts, comments, and the proposal ids and versions a
 * replayed request can carry. Guangxi's secretary answers Cao Bằng's joint proposal in a meeting of
 * its own; Quảng Ninh's draft, Guangxi's own proposal and a proposal of a meeting already drafting its communiqué are
 * ids the form should not get through with.
 */
@DatabaseTest
class NegotiationInputPropertiesTest {

    @Autowired ProposalService proposals;
    @Autowired NegotiationService negotiation;
    @Autowired MeetingService meetings;
    @Autowired AreaService areas;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    long caoBangs;
    List<Long> notToAnswer;

    /** A response to a proposal by id; without a version, as last seen. */
    record Answer(long proposalId, @Nullable Long version, ResponseDraft draft) {
    }

    @BeforeEach
    void proposalsOfAMeetingInPreparation() {
        var meeting = TestMeetings.newMeeting(meetings, accounts).id();
        caoBangs = submitted("cb", meeting);
        SignedIn.as(accounts, "qn.delegate");
        var quangNinhsDraft = proposals.draft(meeting, draft()).id();
        notToAnswer = List.of(quangNinhsDraft, submitted("gx", meeting),
                ofAMeetingInDrafting());
        SignedIn.as(accounts, "gx.secretary");
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void responsesTakeAnyPositionTextAndCommentAFormSendsOrRefuseItWithAMessage() {
        var check = new FormCheck("responses", jdbc);
        ForAll.check(250, random -> new Answer(FormInput.id(random, List.of(caoBangs), notToAnswer),
                random.nextInt(6) == 0 ? FormInput.pick(random, List.of(-1L, 0L, Long.MAX_VALUE)) : null, response(random)),
                answer -> {
                    var current = negotiation.responseOf(caoBangs, party()).map(r -> r.getVersion()).orElse(null);
                    var version = answer.version() == null ? current : answer.version();
                    var sent = check.send(() -> negotiation.respond(answer.proposalId(), version, answer.draft()));
                    var problems = answer.proposalId() != caoBangs
                            ? Set.of("error.notFound", "proposal.error.notAddressed", "meeting.error.phase")
                            : current != null && !current.equals(version) ? Set.of("error.concurrentEdit")
                            : problems(answer.draft());
                    if (sent.accepted()) {
                        assertThat(problems).as("accepted although").isEmpty();
                        var stored = negotiation.responseOf(caoBangs, party()).orElseThrow();
                        assertThat(stored.position()).isEqualTo(answer.draft().position());
                        assertThat(stored.amendedText()).isEqualTo(stored.position() == Position.SUPPORT_WITH_CHANGES
                                ? FormInput.normalised(answer.draft().amendedText()) : LocalizedText.EMPTY);
                        assertThat(stored.comment()).isEqualTo(TextInput.normalised(answer.draft().comment()));
                    } else {
                        assertThat(problems).as("refusal %s", sent.refusal()).contains(sent.refusal());
                    }
                });
        check.report();
    }

    private static ResponseDraft response(Random random) {
        return new ResponseDraft(FormInput.choice(random, Position.values()),
                FormInput.localized(random, Proposal.MAX_TEXT, 0.1), FormInput.text(random, ProposalResponse.MAX_COMMENT, 0.15));
    }

    /** What the service owes the response: position, then the amended text, then the comment. */
    private static Set<String> problems(ResponseDraft draft) {
        if (draft.position() == null) {
            return Set.of("position: validation.required");
        }
        var found = new TreeSet<String>();
        if (draft.position() == Position.SUPPORT_WITH_CHANGES) {
            if (!draft.amendedText().hasOfficialLanguages()) {
                found.add("amendedText: validation.officialLanguages");
            }
            found.addAll(FormInput.problems("amendedText", draft.amendedText(), Proposal.MAX_TEXT));
        }
        found.addAll(FormInput.problems("comment", draft.comment(), ProposalResponse.MAX_COMMENT));
        if (draft.position() != Position.SUPPORT && TextInput.normalised(draft.comment()) == null) {
            found.add("comment: proposal.error.commentRequired");
        }
        return found;
    }

    private long ofAMeetingInDrafting() {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        var proposal = submitted("cb", meeting.id());
        SignedIn.as(accounts, "admin");
        for (var phase : List.of(Phase.NEGOTIATION, Phase.IN_SESSION, Phase.DRAFTING)) {
            meeting = meetings.changePhase(meeting.id(), meeting.getVersion(), phase);
        }
        return proposal;
    }

    private long party() {
        return jdbc.queryForObject("SELECT id FROM party WHERE code = 'GX'", Long.class);
    }

    private long submitted(String party, long meeting) {
        SignedIn.as(accounts, party + ".secretary");
        var draft = proposals.draft(meeting, draft());
        return proposals.submit(draft.id(), draft.getVersion()).id();
    }

    private ProposalDraft draft() {
        return new ProposalDraft(areas.children(null).getFirst().id(), ProposalScope.JOINT, Set.of(),
                new LocalizedText("Nâng cấp cửa khẩu", "口岸升级", null),
                new LocalizedText("Đề nghị nâng cấp cửa khẩu", "建议升级口岸", null), null, null, null);
    }
}
