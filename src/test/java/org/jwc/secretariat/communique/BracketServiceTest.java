package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may bracket text of the communiqué and who resolves a bracket (DESIGN §5: the host party's
 * secretary assembles the communiqué). A test meeting of its own, Lạng Sơn hosting, with the draft generated.
 */
@DatabaseTest
class BracketServiceTest {

    private static final String SPAN_VI = "cửa khẩu thông minh";
    private static final String SPAN_ZH = "智慧口岸";

    @Autowired BracketService brackets;
    @Autowired CommuniqueService communiques;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    CirculatedCommuniques communique;
    Meeting meeting;
    Paragraph gates;

    @BeforeEach
    void aGeneratedDraft() {
        communique = CirculatedCommuniques.generatedDraft(context);
        meeting = communique.meeting();
        gates = communiques.paragraphs(meeting.id()).stream()
                .filter(p -> p.text().vi() != null && p.text().vi().contains(SPAN_VI)).findFirst().orElseThrow();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void aQuangNinhSecretaryBracketsASpanForQuangNinh() {
        SignedIn.as(accounts, "qn.secretary");
        var bracket = brackets.open(gates.id(), draft("QN", List.of(new Alternative("cửa khẩu số", "数字口岸"))));

        assertThat(bracket.holderPartyId()).isEqualTo(id("QN"));
        assertThat(bracket.openedBy()).isEqualTo("qn.secretary");
        assertThat(bracket.isOpen()).isTrue();
        assertThat(bracket.alternatives()).containsExactly(new Alternative("cửa khẩu số", "数字口岸"));
        assertThat(savedBrackets()).extracting(Bracket::id).containsExactly(bracket.id());
    }

    @Test
    void theHostsSecretaryBracketsASpanForAnotherParty() {
        SignedIn.as(accounts, "ls.secretary");
        var bracket = brackets.open(gates.id(), draft("CB", List.of()));
        assertThat(bracket.holderPartyId()).isEqualTo(id("CB"));
        assertThat(bracket.openedBy()).isEqualTo("ls.secretary");
    }

    @Test
    void delegatesLeadersAndAdministratorsDoNotBracket() {
        for (var other : List.of("qn.delegate", "qn.leader", "ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> brackets.open(gates.id(), draft("QN", List.of()))).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        assertThat(savedBrackets()).isEmpty();
    }

    @Test
    void aCaoBangSecretaryCannotBracketASpanForQuangNinh() {
        SignedIn.as(accounts, "cb.secretary");
        assertThatThrownBy(() -> brackets.open(gates.id(), draft("QN", List.of())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("communique.error.bracketOwnParty");
        assertThat(savedBrackets()).isEmpty();
    }

    @Test
    void aBracketIsHeldByAPartyTakingPartInTheMeeting() {
        SignedIn.as(accounts, "ls.secretary");
        assertBadInput(() -> brackets.open(gates.id(), new BracketDraft(null, SPAN_VI, SPAN_ZH, "Chưa thống nhất", List.of())),
                "holder", "validation.required");
        assertBadInput(() -> brackets.open(gates.id(), draft("HG", List.of())), "holder", "validation.required");
        assertThat(savedBrackets()).as("Hà Giang merged into Tuyên Quang before the meeting").isEmpty();
    }

    @Test
    void aBracketNeedsItsSpanInBothLanguagesAReasonAndFullAlternatives() {
        SignedIn.as(accounts, "qn.secretary");
        var qn = id("QN");
        assertBadInput(() -> brackets.open(gates.id(), new BracketDraft(qn, " ", SPAN_ZH, "Lý do", List.of())),
                "spanVi", "validation.required");
        assertBadInput(() -> brackets.open(gates.id(), new BracketDraft(qn, SPAN_VI, null, "Lý do", List.of())),
                "spanZh", "validation.required");
        assertBadInput(() -> brackets.open(gates.id(), new BracketDraft(qn, SPAN_VI, SPAN_ZH, "", List.of())),
                "reason", "validation.required");
        assertBadInput(() -> brackets.open(gates.id(), new BracketDraft(qn, SPAN_VI, SPAN_ZH, "Lý do",
                List.of(new Alternative("cửa khẩu số", " ")))), "alternatives", "validation.required");
        assertBadInput(() -> brackets.open(gates.id(), new BracketDraft(qn, SPAN_VI, "数字口岸", "Lý do", List.of())),
                "spanVi", "communique.error.spanNotInText");
        assertThat(savedBrackets()).isEmpty();
    }

    @Test
    void noBracketIsOpenedOnAParagraphThatDoesNotExist() {
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> brackets.open(-1, draft("LS", List.of())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
    }

    @Test
    void noBracketIsOpenedOrResolvedOnceTheMeetingIsBackInSession() {
        SignedIn.as(accounts, "ls.secretary");
        var bracket = brackets.open(gates.id(), draft("CB", List.of()));
        AgreedProposals.in(context).moveTo(meeting, Phase.IN_SESSION);

        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> brackets.open(gates.id(), draft("LS", List.of())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phase"));
        assertThatThrownBy(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.DROPPED, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.phase"));
        assertThat(savedBrackets()).singleElement().satisfies(b -> assertThat(b.isOpen()).isTrue());
        assertThat(communiques.paragraph(gates.id()).text()).isEqualTo(gates.text());
    }

    @Test
    void aFinalCommuniqueTakesNoBracketAndNoResolution() {
        SignedIn.as(accounts, "qn.secretary");
        var bracket = brackets.open(gates.id(), draft("QN", List.of()));
        SignedIn.as(accounts, "ls.secretary");
        var kept = brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null);
        communique.madeFinal();

        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> brackets.open(gates.id(), draft("QN", List.of())))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.final"));
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> brackets.resolve(kept.id(), kept.getVersion(), BracketStatus.DROPPED, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.final"));
        assertThat(savedBrackets()).singleElement().satisfies(b -> assertThat(b.status()).isEqualTo(BracketStatus.KEPT));
        assertThat(communiques.paragraph(gates.id()).text()).isEqualTo(gates.text());
    }

    @Test
    void onlyTheHostsSecretaryResolvesABracket() {
        var bracket = openedByQuangNinh();
        for (var other : List.of("qn.delegate", "ls.delegate", "ls.leader", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null)).as(other)
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null))
                .as("the holder's own secretary").isInstanceOf(AccessDeniedException.class).hasMessage("communique.error.hostOnly");
        assertThat(savedBrackets()).singleElement().satisfies(b -> assertThat(b.isOpen()).isTrue());

        SignedIn.as(accounts, "ls.secretary");
        var kept = brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null);
        assertThat(kept.status()).isEqualTo(BracketStatus.KEPT);
        assertThat(kept.resolvedBy()).isEqualTo("ls.secretary");
        assertThat(kept.resolvedAt()).isNotNull();
        assertThat(communiques.paragraph(gates.id()).text()).as("kept as it stood").isEqualTo(gates.text());
    }

    @Test
    void theHostDropsABracketedSpanFromBothLanguages() {
        var bracket = openedByQuangNinh();
        SignedIn.as(accounts, "ls.secretary");
        var dropped = brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.DROPPED, null);

        assertThat(dropped.status()).isEqualTo(BracketStatus.DROPPED);
        var text = communiques.paragraph(gates.id()).text();
        assertThat(text.vi()).doesNotContain(SPAN_VI).doesNotContain("  ");
        assertThat(text.zh()).doesNotContain(SPAN_ZH);
    }

    @Test
    void aResolutionNeedsAnOutcomeAndAReplacementOneOfTheAlternatives() {
        var bracket = openedByQuangNinh();
        SignedIn.as(accounts, "ls.secretary");
        assertBadInput(() -> brackets.resolve(bracket.id(), bracket.getVersion(), null, null), "outcome", "validation.required");
        assertBadInput(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.OPEN, null),
                "outcome", "validation.required");
        assertBadInput(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, null),
                "alternative", "communique.error.chooseAlternative");
        assertBadInput(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, 1),
                "alternative", "communique.error.chooseAlternative");
        assertBadInput(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, -1),
                "alternative", "communique.error.chooseAlternative");
        assertThat(savedBrackets()).singleElement().satisfies(b -> assertThat(b.isOpen()).isTrue());
        assertThat(communiques.paragraph(gates.id()).text()).isEqualTo(gates.text());
    }

    @Test
    void theHostReplacesABracketedSpanWithTheChosenAlternativeInBothLanguages() {
        var bracket = openedByQuangNinh();
        SignedIn.as(accounts, "ls.secretary");
        var replaced = brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, 0);

        assertThat(replaced.status()).isEqualTo(BracketStatus.REPLACED);
        var text = communiques.paragraph(gates.id()).text();
        assertThat(text.vi()).contains("cửa khẩu số").doesNotContain(SPAN_VI);
        assertThat(text.zh()).contains("数字口岸").doesNotContain(SPAN_ZH);
    }

    @Test
    void aBracketIsResolvedOnceAndNotFromAnOlderScreen() {
        var bracket = openedByQuangNinh();
        SignedIn.as(accounts, "ls.secretary");
        var kept = brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.KEPT, null);

        assertThatThrownBy(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.DROPPED, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
        assertThatThrownBy(() -> brackets.resolve(kept.id(), kept.getVersion(), BracketStatus.DROPPED, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("communique.error.bracketResolved"));
        assertThatThrownBy(() -> brackets.resolve(-1, 0, BracketStatus.KEPT, null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        assertThat(savedBrackets()).singleElement().satisfies(b -> assertThat(b.status()).isEqualTo(BracketStatus.KEPT));
        assertThat(communiques.paragraph(gates.id()).text()).as("the refused drop took nothing out").isEqualTo(gates.text());
    }

    private Bracket openedByQuangNinh() {
        SignedIn.as(accounts, "qn.secretary");
        return brackets.open(gates.id(), draft("QN", List.of(new Alternative("cửa khẩu số", "数字口岸"))));
    }

    private BracketDraft draft(String holder, List<Alternative> alternatives) {
        return new BracketDraft(id(holder), SPAN_VI, SPAN_ZH, "Cần thống nhất khái niệm", alternatives);
    }

    private List<Bracket> savedBrackets() {
        SignedIn.as(accounts, "gx.delegate");
        return communiques.brackets(meeting.id());
    }

    private static void assertBadInput(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).as(field + " " + key).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
