package org.jwc.secretariat.communique.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.CirculatedCommuniques;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.ApprovalService;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.CommuniqueVersion;
import org.jwc.secretariat.communique.DraftEditing;
import org.jwc.secretariat.communique.ParagraphEdit;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Circulating and approving the communiqué without a browser: versions with their fingerprints,
 * each leader deciding for their own party on the version shown, stale approvals, the final record.
 */
@ViewTest
class CommuniqueApprovalViewTest extends SpringBrowserlessTest {

    static final List<String> LEADERS = CirculatedCommuniques.LEADERS;

    @Autowired CommuniqueService communiques;
    @Autowired DraftEditing editing;
    @Autowired ApprovalService approvals;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    CirculatedCommuniques communique;
    Meeting meeting;

    @BeforeEach
    void aMeetingWithAGeneratedDraft() {
        communique = CirculatedCommuniques.generatedDraft(context);
        meeting = communique.meeting();
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostCirculatesAndVersionOneShowsWithItsFingerprint() {
        SignedIn.as(accounts, "ls.secretary");
        openEditor();
        assertThat(attribute(find(Span.class).withClassName("latest-version").single(), "data-number")).isEqualTo("0");
        test(find(Button.class).withClassName("circulate-communique").single()).click();
        assertThat(approvals.latest(meeting.id())).as("one click is not enough").isEmpty();
        var asked = find(ConfirmDialog.class).withClassName("confirm-circulation").single();
        assertThat(test(asked).getText()).startsWith("Phát hành văn bản đang soạn thành một phiên bản mới tới lãnh đạo các bên: ")
                .contains("Quảng Tây");
        test(asked).confirm();

        var version = approvals.latest(meeting.id()).orElseThrow();
        assertThat(version.fingerprint()).hasSize(8);
        var latest = find(Span.class).withClassName("latest-version").single();
        assertThat(attribute(latest, "data-number")).isEqualTo("1");
        assertThat(latest.getText()).contains(version.fingerprint());
        test(find(Button.class).withClassName("circulate-communique").single()).click();
        test(find(ConfirmDialog.class).withClassName("confirm-circulation").single()).confirm();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .as("the same text again is refused, in the reader's language")
                .contains("Văn bản không thay đổi so với phiên bản 1: không có gì mới để phát hành.");

        test(find(Button.class).withClassName("open-approval").single()).click();
        var row = find(Div.class).withClassName("communique-version").single();
        assertThat(attribute(row, "data-number")).isEqualTo("1");
        assertThat(attribute(row, "data-fingerprint")).isEqualTo(version.fingerprint());
        assertThat(attribute(row, "data-approvable")).isEqualTo("true");
        assertThat(find(Anchor.class, row).all()).as("DOCX and PDF of each edition of the version")
                .flatExtracting(a -> a.getClassNames().stream().toList())
                .containsExactlyInAnyOrder("export-docx-vi", "export-pdf-vi", "export-docx-zh", "export-pdf-zh",
                        "export-docx-bilingual", "export-pdf-bilingual");
        assertThat(find(Div.class).withClassName("party-standing").all()).extracting(d -> attribute(d, "data-state"))
                .containsOnly("NONE").hasSize(LEADERS.size());
        assertThat(find(Button.class).withClassName("approve-version").exists()).as("a secretary does not approve").isFalse();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aLeaderApprovesForTheirOwnPartyAndTheApprovalGoesStaleWhenANewerVersionIsCirculated() {
        var first = circulated();
        SignedIn.as(accounts, "cb.leader");
        openApproval();
        assertThat(attribute(find(Span.class).withClassName("deciding-on").single(), "data-sha256")).isEqualTo(first.sha256());
        assertThat(find(Button.class).withClassName("approve-version").all()).as("one decision: the leader's own party's").hasSize(1);
        test(find(Button.class).withClassName("approve-version").single()).click();
        assertThat(state("CB")).as("asked first").isEqualTo("NONE");
        var asked = find(ConfirmDialog.class).withClassName("confirm-approval").single();
        assertThat(test(asked).getText()).isEqualTo("Phê duyệt phiên bản 1 (dấu vân tay " + first.fingerprint()
                + ") thay mặt Cao Bằng? Khi lãnh đạo mọi bên đã phê duyệt cùng phiên bản này, đó là văn bản cuối cùng và được khóa.");
        test(asked).confirm();
        assertThat(state("CB")).isEqualTo("APPROVED");
        assertThat(state("GX")).as("nobody decides for another party").isEqualTo("NONE");
        var own = find(Span.class).withClassName("own-decision").single();
        assertThat(attribute(own, "data-decision")).isEqualTo("APPROVED");
        assertThat(own.getText()).startsWith("Bên đồng chí đã phê duyệt phiên bản 1 (dấu vân tay " + first.fingerprint() + ")");
        assertThat(find(Button.class).withClassName("approve-version").exists()).as("approved once, not offered again").isFalse();
        assertThat(find(Button.class).withClassName("return-version").exists()).as("still free to return it").isTrue();

        SignedIn.as(accounts, "ls.secretary");
        var tourism = communiques.paragraphs(meeting.id()).stream()
                .filter(p -> p.text().vi() != null && p.text().vi().contains("du lịch qua biên giới")).findFirst().orElseThrow();
        editing.edit(tourism.id(), tourism.getVersion(), new ParagraphEdit(tourism.kind(), List.copyOf(tourism.partyIds()),
                new LocalizedText("Các bên nhất trí khôi phục du lịch qua biên giới.", "各方同意恢复跨境旅游。", null)));
        var second = approvals.circulate(meeting.id());

        SignedIn.as(accounts, "cb.leader");
        openApproval();
        assertThat(state("CB")).isEqualTo("STALE");
        assertThat(find(Span.class).withClassName("standing-stale").exists()).isTrue();
        assertThat(attribute(find(Span.class).withClassName("deciding-on").single(), "data-sha256")).isEqualTo(second.sha256());

        test(find(Button.class).withClassName("compare-versions").single()).click();
        var changed = find(Div.class).withClassName("aligned-paragraph").single();
        assertThat(changed.getElement().getTextRecursively()).contains("khôi phục", "恢复");
        assertThat(find(Span.class, changed).withClassName("diff-deleted").exists()).as("the words taken out").isTrue();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aLeaderReturnsTheVersionWithCommentsAndOthersReadThem() {
        circulated();
        SignedIn.as(accounts, "gx.leader");
        openApproval();
        test(find(Button.class).withClassName("return-version").single()).click();
        test(find(TextArea.class).single()).setValue("Đề nghị bổ sung nội dung hợp tác y tế.");
        test(find(Button.class).withText("Lưu").single()).click();

        for (var reader : List.of("gx.leader", "cb.delegate")) {
            SignedIn.as(accounts, reader);
            openApproval();
            assertThat(state("GX")).isEqualTo("RETURNED");
            assertThat(find(Div.class).withClassName("return-comment").single().getText()).contains("hợp tác y tế");
        }
        SignedIn.as(accounts, "gx.leader");
        openApproval();
        assertThat(attribute(find(Span.class).withClassName("own-decision").single(), "data-decision")).isEqualTo("RETURNED");
        SignedIn.as(accounts, "cb.delegate");
        openApproval();
        assertThat(find(Button.class).withClassName("approve-version").exists()).as("a delegate does not decide").isFalse();
        assertThat(find(Button.class).withClassName("return-version").exists()).isFalse();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void whenEveryLeaderHasApprovedTheSameVersionItIsFinalWithItsRecordAndNothingCanBeEdited() {
        var version = circulated();
        communique.approve(version, LEADERS.subList(0, LEADERS.size() - 1).toArray(String[]::new));
        SignedIn.as(accounts, LEADERS.getLast());
        openApproval();
        test(find(Button.class).withClassName("approve-version").single()).click();
        test(find(ConfirmDialog.class).withClassName("confirm-approval").single()).confirm();

        var record = find(Div.class).withClassName("communique-final").single();
        assertThat(attribute(record, "data-sha256")).isEqualTo(version.sha256());
        assertThat(find(Span.class, record).withClassName("approval-record").all()).hasSize(LEADERS.size())
                .allSatisfy(s -> assertThat(attribute(s, "data-sha256")).isEqualTo(version.sha256()));
        assertThat(find(Div.class).withClassName("party-standing").all()).extracting(d -> attribute(d, "data-state"))
                .containsOnly("APPROVED");
        assertThat(find(Button.class).withClassName("approve-version").exists()).isFalse();

        SignedIn.as(accounts, "ls.secretary");
        openEditor();
        assertThat(attribute(find(Span.class).withClassName("communique-status").single(), "data-state")).isEqualTo("FINAL");
        var files = find(VerticalLayout.class).withClassName("final-files").single();
        assertThat(find(Anchor.class, files).all()).as("DOCX and PDF of each edition, on the communiqué's own page").hasSize(6)
                .extracting(a -> a.getClassNames().iterator().next())
                .contains("export-docx-vi", "export-pdf-zh", "export-pdf-bilingual");
        for (var editingButton : List.of("generate-communique", "circulate-communique", "add-paragraph", "edit-paragraph",
                "move-up", "move-down", "move-paragraph", "delete-paragraph", "bracket-paragraph", "confirm-translation",
                "resolve-keep")) {
            assertThat(find(Button.class).withClassName(editingButton).exists()).as(editingButton).isFalse();
        }
    }

    private CommuniqueVersion circulated() {
        return communique.circulate();
    }

    private String state(String partyCode) {
        return find(Div.class).withClassName("party-standing").all().stream()
                .filter(d -> partyCode.equals(attribute(d, "data-party"))).findFirst().map(d -> attribute(d, "data-state"))
                .orElseThrow(() -> new AssertionError("no standing of " + partyCode));
    }

    private static String attribute(com.vaadin.flow.component.Component component, String name) {
        return component.getElement().getAttribute(name);
    }

    private void openEditor() {
        Pages.open("meetings/" + meeting.number() + "/communique");
    }

    private void openApproval() {
        navigate("meetings/" + meeting.number() + "/communique/approval", ApprovalView.class);
    }
}
