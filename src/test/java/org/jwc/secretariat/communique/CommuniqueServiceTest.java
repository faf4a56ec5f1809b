package org.jwc.secretariat.communique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.DatabaseTest;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The host drafts the communiqué from the agreed proposals and edits it as bilingual pairs (issue 6). */
@DatabaseTest
class CommuniqueServiceTest {

    @Autowired CommuniqueService communiques;
    @Autowired DraftEditing editing;
    @Autowired BracketService brackets;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    Meeting meeting;

    @BeforeEach
    void aMeetingInDraftingWithAgreedProposals() {
        meeting = AgreedProposals.in(context).inDrafting();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    void theHostsSecretaryGeneratesTheDraftFromTheAgreedProposalsInTheAreasOrder() {
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());

        SignedIn.as(accounts, "gx.delegate");
        var text = communiques.workingText(meeting.id());
        assertThat(Numbering.headings(text.sections(), Language.VI)).containsSubsequence("",
                "1. Về hợp tác trong các lĩnh vực trọng điểm", "(1) Về kết nối giao thông", "(2) Về cửa khẩu", "(3) Về du lịch");
        assertThat(Numbering.headings(text.sections(), Language.ZH)).contains("一、关于重点领域合作", "（三）关于旅游");
        var bridge = paragraphWith(text, "Tà Lùng");
        assertThat(bridge.text().vi()).isEqualTo(AgreedProposals.BRIDGE_VI);
        assertThat(bridge.text().zh()).isEqualTo(AgreedProposals.BRIDGE_ZH);
        assertThat(bridge.kind()).isEqualTo(ParagraphKind.BILATERAL);
        assertThat(bridge.partyIds()).containsExactlyInAnyOrder(id("CB"), id("GX"));
        assertThat(bridge.sourceProposalIds()).hasSize(1);
        assertThat(text.paragraphs().getFirst().text().vi()).startsWith("Ngày ").contains("Lạng Sơn chủ trì Hội nghị, Quảng Tây đồng chủ trì");
        assertThat(text.title().zh()).isEqualTo("联合公报");
    }

    @Test
    void onlyTheHostsSecretaryGeneratesAndOnlyOnce() {
        for (var other : List.of("ls.delegate", "ls.leader", "cb.secretary", "admin")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> communiques.generate(meeting.id())).as(other).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());
        assertThatThrownBy(() -> communiques.generate(meeting.id())).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("communique.error.exists"));
    }

    @Test
    void editingOneLanguageLeavesThePairPendingUntilTheHostOrTheOwnerPartyConfirmsTheOther() {
        var bridge = generated("Tà Lùng");
        SignedIn.as(accounts, "ls.secretary");
        var edited = editing.edit(bridge.id(), version(bridge), new ParagraphEdit(bridge.kind(), bridge.partyIds(),
                new LocalizedText(AgreedProposals.BRIDGE_VI.replace("phối hợp", "khẩn trương phối hợp"), bridge.text().zh(), null)));
        assertThat(edited.pendingLanguage()).isEqualTo(Language.ZH);

        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> editing.confirmTranslation(edited.id(), edited.getVersion()))
                .as("a party that neither hosts nor owns the paragraph").isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "cb.leader");
        assertThatThrownBy(() -> editing.confirmTranslation(edited.id(), edited.getVersion()))
                .as("leaders approve, they do not confirm translations").isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "cb.delegate");
        var confirmed = editing.confirmTranslation(edited.id(), edited.getVersion());
        assertThat(confirmed.pendingLanguage()).isNull();
        assertThat(communiques.history(bridge.id())).as("generated, edited, confirmed").hasSize(3).first()
                .satisfies(r -> assertThat(r.state().partyIds()).containsExactlyInAnyOrder(id("CB"), id("GX")));
    }

    @Test
    void nobodyButTheHostsSecretaryEditsAndAStaleEditIsRefused() {
        var gates = generated("cửa khẩu thông minh");
        var edit = new ParagraphEdit(ParagraphKind.COMMON, List.of(), new LocalizedText("Mới.", "新。", null));
        for (var other : List.of("cb.secretary", "ls.delegate", "ls.leader")) {
            SignedIn.as(accounts, other);
            assertThatThrownBy(() -> editing.edit(gates.id(), version(gates), edit)).as(other).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(accounts, "ls.secretary");
        editing.edit(gates.id(), version(gates), edit);
        assertThatThrownBy(() -> editing.edit(gates.id(), version(gates) - 1, edit)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.concurrentEdit"));
    }

    @Test
    void theHostAddsMovesBetweenSectionsAndDeletesParagraphsKeepingTheirKindAndProvenance() {
        var bridge = generated("Tà Lùng");
        SignedIn.as(accounts, "ls.secretary");
        var text = communiques.workingText(meeting.id());
        var tourism = text.sections().stream().filter(s -> s.paragraphs().stream().anyMatch(p -> p.text().vi().contains("du lịch"))).findFirst().orElseThrow();
        var added = editing.add(tourism.id(), 0, new ParagraphEdit(ParagraphKind.COMMON, List.of(),
                new LocalizedText("Các bên nhất trí phát triển sản phẩm du lịch đặc sắc.", "各方同意开发特色旅游产品。", null)));

        editing.move(bridge.id(), version(bridge), tourism.id(), 1);

        var after = communiques.workingText(meeting.id()).sections().stream().filter(s -> s.id() == tourism.id()).findFirst().orElseThrow();
        assertThat(after.paragraphs()).extracting(ParagraphText::id).containsExactly(added.id(), bridge.id(), tourism.paragraphs().getFirst().id());
        var moved = after.paragraphs().get(1);
        assertThat(moved.kind()).isEqualTo(ParagraphKind.BILATERAL);
        assertThat(moved.sourceProposalIds()).isEqualTo(bridge.sourceProposalIds());

        editing.delete(added.id(), version(added));
        assertThat(communiques.workingText(meeting.id()).paragraphs()).extracting(ParagraphText::id).doesNotContain(added.id());
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsSaved() {
        var gates = generated("cửa khẩu thông minh");
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> editing.edit(gates.id(), version(gates), new ParagraphEdit(ParagraphKind.COMMON, List.of(), LocalizedText.EMPTY)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> editing.edit(gates.id(), version(gates), new ParagraphEdit(ParagraphKind.BILATERAL, List.of(id("CB")),
                gates.text()))).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("parties"));
        assertThatThrownBy(() -> editing.edit(gates.id(), version(gates), new ParagraphEdit(ParagraphKind.BILATERAL,
                List.of(id("CB"), id("HG")), gates.text()))).as("Hà Giang takes no part after its merger")
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("parties"));
        assertThatThrownBy(() -> editing.edit(gates.id(), version(gates), new ParagraphEdit(ParagraphKind.COMMON, List.of(),
                new LocalizedText("x".repeat(Paragraph.MAX_TEXT + 1), "y", null))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(communiques.paragraph(gates.id()).text().vi()).isEqualTo(AgreedProposals.GATES_VI);
    }

    @Test
    void aPartysSecretaryBracketsASpanForItsOwnPartyAndTheHostResolvesItWithAnAlternativeInBothLanguages() {
        var gates = generated("cửa khẩu thông minh");
        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> brackets.open(gates.id(), new BracketDraft(id("CB"), "cửa khẩu thông minh", "智慧口岸", "Chưa thống nhất", List.of())))
                .as("for another party").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> brackets.open(gates.id(), new BracketDraft(id("QN"), "cửa khẩu kiểu mẫu", "智慧口岸", "Chưa thống nhất", List.of())))
                .as("a span that is not in the text").isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("communique.error.spanNotInText"));
        var bracket = brackets.open(gates.id(), new BracketDraft(id("QN"), "cửa khẩu thông minh", "智慧口岸", "Cần thống nhất khái niệm",
                List.of(new Alternative("cửa khẩu số", "数字口岸"))));

        SignedIn.as(accounts, "ls.secretary");
        assertThat(communiques.workingText(meeting.id()).openBrackets()).isEqualTo(1);
        var kept = communiques.paragraph(gates.id());
        assertThatThrownBy(() -> editing.edit(gates.id(), kept.getVersion(), new ParagraphEdit(ParagraphKind.COMMON, List.of(),
                new LocalizedText("Các bên đồng ý hợp tác.", "各方同意合作。", null))))
                .as("the bracketed text stays until resolved").isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("communique.error.bracketSpanGone"));
        SignedIn.as(accounts, "qn.secretary");
        assertThatThrownBy(() -> brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, 0))
                .as("only the host resolves").isInstanceOf(AccessDeniedException.class);

        SignedIn.as(accounts, "ls.secretary");
        brackets.resolve(bracket.id(), bracket.getVersion(), BracketStatus.REPLACED, 0);
        var resolved = communiques.paragraph(gates.id());
        assertThat(resolved.text().vi()).isEqualTo("Các bên đồng ý tích cực thúc đẩy hợp tác xây dựng cửa khẩu số.");
        assertThat(resolved.text().zh()).isEqualTo("各方同意积极推动数字口岸合作建设。");
        assertThat(resolved.pendingLanguage()).isNull();
        assertThat(communiques.workingText(meeting.id()).openBrackets()).isZero();
        assertThat(communiques.brackets(meeting.id())).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BracketStatus.REPLACED);
            assertThat(b.resolvedBy()).isEqualTo("ls.secretary");
        });
    }

    @Test
    void theDraftIsGeneratedOnlyWhileTheMeetingIsDrafting() {
        AgreedProposals.in(context).moveTo(meeting, Phase.IN_SESSION);
        SignedIn.as(accounts, "ls.secretary");
        assertThatThrownBy(() -> communiques.generate(meeting.id())).isInstanceOf(RefusedException.class);
        assertThat(communiques.find(meeting.id())).isEmpty();
    }

    private ParagraphText generated(String containing) {
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());
        return paragraphWith(communiques.workingText(meeting.id()), containing);
    }

    private long version(ParagraphText paragraph) {
        return communiques.paragraph(paragraph.id()).getVersion();
    }

    private long version(Paragraph paragraph) {
        return communiques.paragraph(paragraph.id()).getVersion();
    }

    private static ParagraphText paragraphWith(CommuniqueText text, String containing) {
        return text.paragraphs().stream().filter(p -> p.text().vi() != null && p.text().vi().contains(containing)).findFirst().orElseThrow();
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
