package org.jwc.secretariat.communique.past.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.communique.CommuniqueService;
import org.jwc.secretariat.communique.past.PastMeetings;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The import of a past communiqué without a browser: the host's secretary of a concluded test meeting
 * pastes the 14th communiqué (with one heading changed so that its area is unsure), previews it, sees
 * its sections and the parties of its paragraphs, chooses the missing area and saves it.
 */
@ViewTest
class PastImportViewTest extends SpringBrowserlessTest {

    @Autowired MeetingService meetings;
    @Autowired CommuniqueService communiques;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcTemplate jdbc;

    Meeting meeting;

    @BeforeEach
    void aConcludedMeetingWithoutCommunique() {
        meeting = PastMeetings.concluded(meetings, accounts);
    }

    @AfterEach
    void discard() {
        SignedIn.signOut();
        TestMeetings.discardAll(jdbc);
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostPastesTheTextPreviewsItChoosesTheUnsureAreaAndSavesAFinalImportedCommunique() {
        SignedIn.as(accounts, "ls.secretary");
        Pages.open("meetings/" + meeting.number() + "/communique");
        test(find(Button.class).withClassName("import-communique").single()).click();
        assertThat(getCurrentView()).isInstanceOf(PastImportView.class);

        test(find(TextArea.class).withClassName("import-text").single())
                .setValue(PastMeetings.fourteenth().replace("2. Về giao lưu hữu hữu nghị", "2. Về hợp tác vũ trụ"));
        test(find(Button.class).withClassName("import-preview-button").single()).click();

        var preview = find(Div.class).withClassName("import-preview").single();
        var sections = find(Div.class, preview).withClassName("import-section").all();
        assertThat(sections).extracting(s -> s.getElement().getAttribute("data-number"))
                .containsExactly("1", "2", "3", "1", "2", "3", "4", "4", "5");
        assertThat(sections).filteredOn(s -> s.getElement().hasAttribute("data-unsure"))
                .extracting(s -> s.getElement().getAttribute("data-number")).containsExactly("2");
        assertThat(find(Span.class, sections.get(1)).withClassName("import-unsure").single().getText())
                .isEqualTo("Chưa xác định chắc chắn mục này thuộc lĩnh vực nào: hãy chọn lĩnh vực.");
        assertThat(area(sections.get(5)).getValue()).as("(3) Về xây dựng cửa khẩu").isNotNull();
        var bilateral = find(Div.class, sections.get(3)).withClassName("import-paragraph").all().get(1);
        assertThat(bilateral.getElement().getAttribute("data-kind")).isEqualTo("BILATERAL");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> named = find(MultiSelectComboBox.class, bilateral).withClassName("import-parties").single();
        assertThat(named.getValue()).containsExactlyInAnyOrder(id("QN"), id("GX"));
        assertThat(find(Div.class, sections.get(8)).withClassName("import-paragraph").all().getFirst().getElement().getAttribute("data-kind"))
                .isEqualTo("SIDE");

        test(find(Button.class).withClassName("import-save").single()).click();
        assertThat(notifications()).contains("Mục “2. Về hợp tác vũ trụ” chưa được gắn với lĩnh vực hợp tác nào: hãy chọn lĩnh vực cho mục này.");
        assertThat(communiques.find(meeting.id())).as("nothing saved while a section is unsure").isEmpty();

        test(area(sections.get(1))).selectItem("Giao lưu hữu nghị");
        assertThat(sections.get(1).getElement().hasAttribute("data-unsure")).isFalse();
        test(find(Button.class).withClassName("import-save").single()).click();

        assertThat(Pages.shows("communique-view")).isTrue();
        assertThat(find(Span.class).withClassName("communique-status").single().getElement().getAttribute("data-state")).isEqualTo("FINAL");
        assertThat(find(Span.class).withClassName("communique-imported").exists()).isTrue();
        assertThat(find(Div.class).withClassName("paragraph-card").all()).hasSize(17);
        assertThat(communiques.find(meeting.id()).orElseThrow().imported()).isTrue();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void anUploadedFileThatIsNotTextIsRefusedWithAClearMessage() {
        SignedIn.as(accounts, "ls.secretary");
        navigate("meetings/" + meeting.number() + "/communique/import", PastImportView.class);

        test(find(Upload.class).single()).upload("thong-cao.txt", "text/plain", new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xff, 1});

        var text = find(TextArea.class).withClassName("import-text").single();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).startsWith("Tệp này không phải văn bản");
        assertThat(text.getValue()).as("no bytes shown as text").isEmpty();
        assertThat(find(Div.class).withClassName("import-preview").exists()).isFalse();

        test(find(Upload.class).single()).upload("thong-cao.txt", "text/plain", PastMeetings.fourteenth().getBytes(StandardCharsets.UTF_8));
        assertThat(find(Div.class).withClassName("import-section").all()).hasSize(9);
    }

    @Test
    @WithUserDetails("ls.delegate")
    void aDelegateIsSentBackToTheCommuniquePage() {
        SignedIn.as(accounts, "ls.delegate");
        Pages.open("meetings/" + meeting.number() + "/communique");
        assertThat(find(Button.class).withClassName("import-communique").exists()).isFalse();
        navigate("meetings/" + meeting.number() + "/communique/import", com.vaadin.flow.component.Component.class);
        assertThat(Pages.shows("communique-view")).isTrue();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostOpeningTheImportOfAMeetingNotConcludedIsSentToItsCommuniquePage() {
        SignedIn.as(accounts, "ls.secretary");
        navigate("meetings/18/communique/import", com.vaadin.flow.component.Component.class);
        assertThat(Pages.shows("communique-view")).as("no navigation error, the communiqué page instead").isTrue();
    }

    @SuppressWarnings("unchecked")
    private Select<Long> area(Div section) {
        return find(Select.class, section).withClassName("import-area").single();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private long id(String code) {
        return parties.findByCode(code).orElseThrow().id();
    }
}
