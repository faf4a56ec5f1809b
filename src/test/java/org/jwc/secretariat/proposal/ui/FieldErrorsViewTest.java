package org.jwc.secretariat.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Errors show where they are: at the languages a field lacks, and one message at a time. */
@ViewTest
class FieldErrorsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("cb.delegate")
    void anEmptyProposalMarksItsVietnameseAndChineseTitleNotTheOptionalEnglishOne() {
        navigate("meetings/18/proposals", ProposalsView.class);
        test(find(Button.class).withText("Đề xuất mới").single()).click();
        test(find(Button.class).withText("Lưu").single()).click();

        var title = find(LocalizedTextField.class).withLabel("Tiêu đề").single();
        var boxes = find(TextField.class, title).all();
        assertThat(boxes).extracting(TextField::getLabel).containsExactly("Tiếng Việt", "中文", "English");
        assertThat(boxes).extracting(TextField::isInvalid).containsExactly(true, true, false);
        assertThat(boxes.get(0).getErrorMessage()).isEqualTo("Bắt buộc.");
        assertThat(title.isInvalid()).as("no message under the whole field, at the English box").isFalse();
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aNewMessageReplacesTheOneStillShowing() {
        navigate("meetings/18/proposals", ProposalsView.class);
        Notifications.success("Đã lưu.");
        Notifications.error("Bắt buộc.");

        assertThat(find(Notification.class).all().stream().filter(Notification::isOpened).toList()).singleElement()
                .satisfies(n -> assertThat(test(n).getText()).isEqualTo("Bắt buộc."));
    }

    @Test
    @WithUserDetails("cb.delegate")
    void aReaderWhosePageFailsIsNotToldThatNothingWasSaved() {
        navigate("meetings/18/proposals", ProposalsView.class);
        var failure = new IllegalStateException("the database went away");

        assertThat(ErrorHandling.messageForReading(failure, UI.getCurrent()))
                .isEqualTo("Không hiển thị được trang này. Vui lòng mở lại; nếu vẫn lỗi, hãy báo quản trị viên.");
        assertThat(ErrorHandling.messageFor(failure, UI.getCurrent())).as("an action's failure").contains("chưa có gì được lưu");
    }
}
