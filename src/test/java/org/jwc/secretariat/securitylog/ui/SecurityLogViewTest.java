package org.jwc.secretariat.securitylog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.base.ui.ErrorHandling;
import org.jwc.secretariat.security.SecurityEvent.Kind;
import org.jwc.secretariat.security.SecurityEvent;
import org.jwc.secretariat.securitylog.SecurityLogFilter;
import org.jwc.secretariat.securitylog.SecurityLogService;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator (who reads English) looks through the log; nobody else opens it. */
@ViewTest
class SecurityLogViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired SecurityLogService log;

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheNewestEntryFirstWithItsKindInWords() {
        var name = SignedIn.unique("view.");
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name, null, "203.0.113.7", null));
        events.publishEvent(new SecurityEvent(Kind.PASSWORD_RESET, name, "admin", "198.51.100.23", null));

        assertThat(Pages.open("admin/security-log")).matches(page -> Pages.shows("security-log-view"));
        var grid = grid();
        assertThat(test(grid).size()).isEqualTo((int) log.count(SecurityLogFilter.ALL)).isGreaterThanOrEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Password reset by an administrator");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(name);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("admin");
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("Sign-in failed");
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("203.0.113.7");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void filteringByAccountAndKindNarrowsTheList() {
        var name = SignedIn.unique("view.");
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name, null, "203.0.113.7", null));
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN_FAILED, name, null, "203.0.113.8", null));
        events.publishEvent(new SecurityEvent(Kind.PASSWORD_CHANGED, name, null, "198.51.100.23", null));
        Pages.open("admin/security-log");

        test(find(TextField.class).withLabel("Account or administrator contains").single()).setValue(name);
        assertThat(test(grid()).size()).isEqualTo(3);
        ComboBox<Kind> kind = find(ComboBox.class).withLabel("Event").single();
        test(kind).selectItem("Sign-in failed");
        assertThat(test(grid()).size()).isEqualTo(2);
        test(find(TextField.class).withLabel("Address begins with").single()).setValue("203.0.113.8");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("203.0.113.8");
    }

    @Test
    @WithUserDetails("ls.secretary")
    void aSecretaryCannotOpenTheLogNorReadItThroughTheService() {
        Pages.open("admin/security-log");
        assertThat(Pages.shows("security-log-view")).isFalse();
        assertThat(find(Grid.class).withClassName("security-log").exists()).isFalse();

        var refused = catchThrowable(() -> log.count(SecurityLogFilter.ALL));
        assertThat(ErrorHandling.messageFor(refused, UI.getCurrent())).as("in her language")
                .isEqualTo("Bạn không có quyền thực hiện thao tác này.");
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return find(Grid.class).withClassName("security-log").single();
    }
}
