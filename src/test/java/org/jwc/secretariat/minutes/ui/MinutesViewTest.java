package org.jwc.secretariat.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.ui.ConflictDialog;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.minutes.MinutesSection;
import org.jwc.secretariat.minutes.MinutesService;
import org.jwc.secretariat.minutes.SectionKind;
import org.jwc.secretariat.minutes.SectionText;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The minutes of the 18th meeting (Lạng Sơn hosts) without a browser: writing, confirming, attendance. */
@ViewTest
class MinutesViewTest extends SpringBrowserlessTest {

    @Autowired MinutesService minutes;
    @Autowired MeetingService meetings;
    @Autowired UserDetailsService accounts;

    @Test
    @WithUserDetails("cb.secretary")
    void aCaoBangSecretaryWritesAndSubmitsItsStatementAndGuangxiReadsItConfirmed() {
        minutesOpened();
        navigate("meetings/18/minutes", MinutesView.class);
        test(cardOf("Phát biểu của Đoàn Cao Bằng").withClassName("edit-section").single()).click();
        test(find(TextArea.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Cao Bằng đề nghị nâng cấp cặp cửa khẩu Trà Lĩnh - Long Bang.");
        test(find(TextArea.class).withLabel("中文").all().getFirst()).setValue("高平建议升级茶岭—龙邦口岸。");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(statusOf("Phát biểu của Đoàn Cao Bằng")).isEqualTo("DRAFT");
        test(cardOf("Phát biểu của Đoàn Cao Bằng").withClassName("submit-statement").single()).click();
        assertThat(statusOf("Phát biểu của Đoàn Cao Bằng")).as(this::notificationsShown).isEqualTo("CONFIRMED");

        // Another user in this browserless session: the page keeps the session's language (Vietnamese).
        SignedIn.as(accounts, "gx.secretary");
        navigate("meetings/18/minutes", MinutesView.class);
        assertThat(find(Div.class).withText("高平建议升级茶岭—龙邦口岸。").exists()).isTrue();
        assertThat(statusOf("Phát biểu của Đoàn Cao Bằng")).isEqualTo("CONFIRMED");
        assertThat(cardOf("Phát biểu của Đoàn Cao Bằng").withClassName("edit-section").exists()).as("GX may not write CB's statement").isFalse();
        assertThat(cardOf("Phát biểu của Đoàn Cao Bằng").withClassName("confirm-statement").exists()).isFalse();
    }

    @Test
    @WithUserDetails("ls.secretary")
    void theHostsSecondSaveOverAnotherEditShowsBothTextsAndKeepsItsOwn() {
        minutesOpened();
        navigate("meetings/18/minutes", MinutesView.class);
        test(cardOf("Kết luận").withClassName("edit-section").single()).click();
        var conclusions = section(SectionKind.CONCLUSIONS);
        // The other host secretary, in another tab, saves first.
        minutes.write(conclusions.id(), conclusions.getVersion(), new SectionText(conclusions.heading(),
                new LocalizedText("Kết luận của tab khác", "另一标签页的结论", null)));

        test(find(TextArea.class).withLabel("Tiếng Việt").all().getFirst()).setValue("Hai bên nhất trí tăng cường hợp tác.");
        test(find(TextArea.class).withLabel("中文").all().getFirst()).setValue("双方同意加强合作。");
        test(find(Button.class).withText("Lưu").single()).click();
        assertThat(find(ConflictDialog.class).single().isOpened()).isTrue();
        assertThat(section(SectionKind.CONCLUSIONS).body().vi()).as("nothing overwritten yet").isEqualTo("Kết luận của tab khác");
        test(find(Button.class).withClassName("keep-mine").single()).click();
        assertThat(section(SectionKind.CONCLUSIONS).body().zh()).isEqualTo("双方同意加强合作。");
    }

    @Test
    @WithUserDetails("qn.secretary")
    void aQuangNinhSecretaryListsItsDelegationWhichOthersSeeOnceSubmitted() {
        navigate("meetings/18/minutes", MinutesView.class);
        test(find(Button.class).withClassName("addMember").single()).click();
        var fields = find(TextField.class).withLabel("Tiếng Việt").all();
        test(fields.get(0)).setValue("Vũ Văn Diện");
        test(fields.get(1)).setValue("Phó Chủ tịch UBND tỉnh Quảng Ninh");
        var chinese = find(TextField.class).withLabel("中文").all();
        test(chinese.get(0)).setValue("武文演");
        test(chinese.get(1)).setValue("广宁省人民委员会副主席");
        test(find(com.vaadin.flow.component.select.Select.class).withLabel("Vai trò").single()).selectItem("Trưởng đoàn");
        test(find(Button.class).withText("Lưu").single()).click();

        SignedIn.as(accounts, "gx.secretary");
        navigate("meetings/18/minutes", MinutesView.class);
        assertThat(delegationNames()).doesNotContain("Quảng Ninh");

        SignedIn.as(accounts, "qn.secretary");
        navigate("meetings/18/minutes", MinutesView.class);
        test(find(Button.class).withClassName("submitDelegation").single()).click();
        SignedIn.as(accounts, "gx.secretary");
        navigate("meetings/18/minutes", MinutesView.class);
        assertThat(delegationNames()).contains("Quảng Ninh");
    }

    /** What the page told the user, to explain a failed step. */
    private String notificationsShown() {
        return find(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> test(n).getText()).toList().toString();
    }

    private List<String> delegationNames() {
        return find(com.vaadin.flow.component.html.H3.class).all().stream()
                .map(com.vaadin.flow.component.html.H3::getText).toList();
    }

    /** Buttons of the section card headed so. */
    private com.vaadin.browserless.ComponentQuery<Button> cardOf(String heading) {
        var card = find(Div.class).withClassName("minutes-section").all().stream()
                .filter(d -> d.getChildren().anyMatch(c -> c instanceof H2 h && h.getText().equals(heading)))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + heading));
        return find(Button.class, card);
    }

    private String statusOf(String heading) {
        var card = find(Div.class).withClassName("minutes-section").all().stream()
                .filter(d -> d.getChildren().anyMatch(c -> c instanceof H2 h && h.getText().equals(heading)))
                .findFirst().orElseThrow();
        return find(Span.class, card).withClassName("confirmation").single().getElement().getAttribute("data-state");
    }

    private MinutesSection section(SectionKind kind) {
        return minutes.sections(meetings.findByNumber(18).orElseThrow().id()).stream()
                .filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    /** The host has opened the minutes of the 18th (once for all tests of this database). */
    private void minutesOpened() {
        var reader = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.as(accounts, "ls.secretary");
        var meeting = meetings.findByNumber(18).orElseThrow();
        if (minutes.find(meeting.id()).isEmpty()) {
            minutes.open(meeting.id());
        }
        SecurityContextHolder.getContext().setAuthentication(reader);
    }
}
