package org.jwc.secretariat.communique.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.base.ui.HistoryDialog;
import org.jwc.secretariat.communique.AgreedProposals;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.DraftEditing;
import org.jwc.secretariat.communique.ParagraphEdit;
import org.jwc.secretariat.communique.ParagraphText;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The communiqué editor without a browser, on a meeting like the 18th (Lạng Sơn hosts) drafting from
 * three agreed proposals: the host generates and edits, the other parties read, bracket, comment and confirm.
 */
@ViewTest
class CommuniqueViewTest extends SpringBrowserlessTest {

    @Autowired CommuniqueService communiques;
    @Autowired DraftEditing editing;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    /** Parts of the generated paragraphs (the drafter sets the agreed texts into sentences of its own). */
    static final String GATES = "cửa khẩu thông minh";
    static final String BRIDGE = "Tà Lùng";
    static final String TOURISM = "du lịch qua biên giới";

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
    @WithUserDetails("ls.secretary")
    void theHostsSecretaryGeneratesTheDraftAndSeesNumberedSectionsAndParagraphCards() {
        SignedIn.as(accounts, "ls.secretary");
        open();
        test(find(Button.class).withClassName("generate-communique").single()).click();

        assertThat(texts(H2.class)).contains("1. Về hợp tác trong các lĩnh vực trọng điểm", "一、关于重点领域合作", "Phần mở đầu");
        assertThat(texts(H3.class)).contains("(1) Về kết nối giao thông", "（三）关于旅游");
        var cards = find(Div.class).withClassName("paragraph-card").all();
        assertThat(cards).extracting(c -> c.getElement().getAttribute("data-number"))
                .as("one number per pair, shared by both languages, in reading order")
                .startsWith("1", "2", "3").doesNotHaveDuplicates().hasSize(communiques.workingText(meeting.id()).paragraphs().size());
        var bridge = card(BRIDGE);
        assertThat(text(bridge)).contains(AgreedProposals.BRIDGE_ZH);
        assertThat(find(Span.class, bridge).withClassName("paragraph-kind").single().getElement().getAttribute("data-kind")).isEqualTo("BILATERAL");
        assertThat(find(Span.class, bridge).withClassName("paragraph-kind").single().getText()).contains("Cao Bằng", "Quảng Tây");
        var source = paragraph(BRIDGE).sourceProposalIds().getFirst();
        assertThat(find(Anchor.class, bridge).withClassName("source-proposal").single().getHref()).isEqualTo("proposals/" + source);
        assertThat(classesOf(bridge)).contains("edit-paragraph", "move-paragraph", "delete-paragraph", "comments-button", "paragraph-history");
        assertThat(find(Button.class).withClassName("circulate-communique").exists()).isTrue();
        assertThat(find(Button.class).withClassName("generate-communique").exists()).as("generated once").isFalse();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aPartysSecretarySeesNoEditingButBracketsForItsPartyAndComments() {
        generated();
        SignedIn.as(accounts, "qn.secretary");
        open();
        assertThat(find(Button.class).withClassName("generate-communique").exists()).isFalse();
        assertThat(find(Button.class).withClassName("circulate-communique").exists()).isFalse();
        assertThat(find(Button.class).withClassName("add-paragraph").exists()).isFalse();
        for (var hostOnly : List.of("edit-paragraph", "move-up", "move-down", "move-paragraph", "delete-paragraph")) {
            assertThat(find(Button.class).withClassName(hostOnly).exists()).as(hostOnly).isFalse();
        }

        test(find(Button.class, card(GATES)).withClassName("bracket-paragraph").single()).click();
        test(find(TextField.class).withClassName("bracket-span-vi").single()).setValue("cửa khẩu thông minh");
        test(find(TextField.class).withClassName("bracket-span-zh").single()).setValue("智慧口岸");
        test(find(TextArea.class).withClassName("bracket-reason").single()).setValue("Cần thống nhất khái niệm");
        test(find(Button.class).withClassName("add-alternative").single()).click();
        test(find(TextField.class).withClassName("alternative-vi").single()).setValue("cửa khẩu số");
        test(find(TextField.class).withClassName("alternative-zh").single()).setValue("数字口岸");
        test(find(Button.class).withText("Lưu").single()).click();

        var gates = card(GATES);
        assertThat(find(Span.class, gates).withClassName("bracket-span").all()).extracting(Span::getText)
                .containsExactly("[cửa khẩu thông minh]", "[智慧口岸]");
        assertThat(find(Span.class).withClassName("bracket-count").all().stream()
                .filter(s -> "QN".equals(s.getElement().getAttribute("data-party"))).findFirst().orElseThrow()
                .getElement().getAttribute("data-count")).isEqualTo("1");
        assertThat(find(Button.class, gates).withClassName("resolve-keep").exists()).as("only the host resolves").isFalse();

        test(find(Button.class, card(TOURISM)).withClassName("comments-button").single()).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).withClassName("comments-dialog").single().isOpened()).isTrue();
        test(find(TextArea.class).withClassName("new-comment").single()).setValue("Quảng Ninh đề nghị bổ sung du lịch biển.");
        test(find(Button.class).withClassName("post-comment").single()).click();
        assertThat(find(Div.class).withClassName("comment-body").all()).extracting(Div::getText)
                .containsExactly("Quảng Ninh đề nghị bổ sung du lịch biển.");
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostBracketsForAPartyAndResolvesItWithTheAlternative() {
        generated();
        SignedIn.as(accounts, "ls.secretary");
        open();
        test(find(Button.class, card(GATES)).withClassName("bracket-paragraph").single()).click();
        test(find(com.vaadin.flow.component.select.Select.class).withClassName("bracket-holder").single()).selectItem(parties.findByCode("GX").orElseThrow().name(Language.VI));
        test(find(TextField.class).withClassName("bracket-span-vi").single()).setValue("cửa khẩu thông minh");
        test(find(TextField.class).withClassName("bracket-span-zh").single()).setValue("智慧口岸");
        test(find(TextArea.class).withClassName("bracket-reason").single()).setValue("Quảng Tây đề nghị thay đổi");
        test(find(Button.class).withClassName("add-alternative").single()).click();
        test(find(TextField.class).withClassName("alternative-vi").single()).setValue("cửa khẩu số");
        test(find(TextField.class).withClassName("alternative-zh").single()).setValue("数字口岸");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(find(Div.class).withClassName("bracket").single().getElement().getAttribute("data-party")).isEqualTo("GX");

        test(find(Button.class, card(GATES)).withClassName("resolve-alternative").single()).click();
        var resolved = card("cửa khẩu số");
        assertThat(text(resolved)).contains("数字口岸");
        assertThat(find(Span.class, resolved).withClassName("bracket-span").exists()).as("no open bracket left").isFalse();
        assertThat(find(Div.class, resolved).withClassName("bracket").single().getElement().getAttribute("data-status")).isEqualTo("REPLACED");
    }

    @Test
    @WithUserDetails("ls.secretary")
    void editingAPairsVietnameseLeavesTheChinesePendingUntilTheOwnerPartysDelegateConfirmsIt() {
        generated();
        SignedIn.as(accounts, "ls.secretary");
        open();
        test(find(Button.class, card(BRIDGE)).withClassName("edit-paragraph").single()).click();
        var field = find(TextArea.class).withLabel("Tiếng Việt").single();
        var edited = "khẩn trương phối hợp đưa cầu";
        test(field).setValue(field.getValue().replace("phối hợp đưa cầu", edited));
        test(find(Button.class).withText("Lưu").single()).click();
        var pending = find(Span.class, card(edited)).withClassName("translation-pending").single();
        assertThat(pending.getElement().getAttribute("data-language")).isEqualTo("ZH");
        assertThat(pending.getText()).contains("中文");
        assertThat(find(Span.class).withClassName("pending-count").single().getElement().getAttribute("data-count")).isEqualTo("1");
        test(find(Button.class, card(edited)).withClassName("paragraph-history").single()).click();
        assertThat(find(HistoryDialog.class).single().getElement().getTextRecursively()).as("the edit compared with the generated text")
                .contains("khẩn trương", "Song phương");
        find(HistoryDialog.class).single().close();

        SignedIn.as(accounts, "qn.delegate");
        open();
        assertThat(find(Button.class).withClassName("confirm-translation").exists()).as("neither host nor owner").isFalse();

        SignedIn.as(accounts, "cb.delegate");
        open();
        test(find(Button.class, card(edited)).withClassName("confirm-translation").single()).click();
        assertThat(find(Span.class, card(edited)).withClassName("translation-pending").exists()).isFalse();
        assertThat(find(Span.class).withClassName("pending-count").single().getElement().getAttribute("data-count")).isEqualTo("0");
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aSaveOverAnotherEditShowsBothTextsAndKeepsTheHostsOwnOnlyWhenChosen() {
        generated();
        SignedIn.as(accounts, "ls.secretary");
        open();
        test(find(Button.class, card(TOURISM)).withClassName("edit-paragraph").single()).click();
        var tourism = communiques.paragraph(paragraph(TOURISM).id());
        // The other host secretary, in another tab, saves first.
        editing.edit(tourism.id(), tourism.getVersion(), new ParagraphEdit(tourism.kind(), List.of(),
                new LocalizedText("Bản của tab khác.", "另一标签页的文本。", null)));

        test(find(TextArea.class).withLabel("Tiếng Việt").single()).setValue("Các bên nhất trí khôi phục du lịch.");
        test(find(TextArea.class).withLabel("中文").single()).setValue("各方同意恢复旅游。");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(communiques.paragraph(tourism.id()).text().vi()).as("nothing overwritten yet").isEqualTo("Bản của tab khác.");
        test(find(Button.class).withClassName("keep-mine").single()).click();
        assertThat(communiques.paragraph(tourism.id()).text().zh()).isEqualTo("各方同意恢复旅游。");
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aSectionWhoseSubSectionsHoldParagraphsDoesNotSayItIsEmptyAndAnEmptyOneDoes() {
        generated();
        SignedIn.as(accounts, "ls.secretary");
        var tourism = communiques.paragraph(paragraph(TOURISM).id());
        editing.delete(tourism.id(), tourism.getVersion());
        open();

        assertThat(find(Span.class, section("1. Về hợp tác trong các lĩnh vực trọng điểm")).withClassName("section-empty").exists())
                .as("its paragraphs are in (1) and (2)").isFalse();
        assertThat(find(Span.class, section("(3) Về du lịch")).withClassName("section-empty").single().getText())
                .isEqualTo("Mục này chưa có đoạn nào.");
        assertThat(find(Span.class, section("(2) Về cửa khẩu")).withClassName("section-empty").exists()).isFalse();
    }

    /** The section panel under this heading. */
    private Div section(String heading) {
        return find(Div.class).withClassName("communique-section").all().stream()
                .filter(s -> s.getChildren().findFirst().map(CommuniqueViewTest::text).orElse("").startsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + heading));
    }

    private void open() {
        Pages.open("meetings/" + meeting.number() + "/communique");
    }

    private void generated() {
        SignedIn.as(accounts, "ls.secretary");
        communiques.generate(meeting.id());
    }

    private ParagraphText paragraph(String vi) {
        return communiques.workingText(meeting.id()).paragraphs().stream()
                .filter(p -> p.text().vi() != null && p.text().vi().contains(vi)).findFirst().orElseThrow();
    }

    /** The paragraph card whose text contains this. */
    private Div card(String containing) {
        return find(Div.class).withClassName("paragraph-card").all().stream().filter(c -> text(c).contains(containing))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph with " + containing));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private List<String> classesOf(Div card) {
        return find(Button.class, card).all().stream().flatMap(b -> b.getClassNames().stream()).toList();
    }

    private <T extends Component> List<String> texts(Class<T> type) {
        return find(type).all().stream().map(CommuniqueViewTest::text).toList();
    }
}
