package org.jwc.secretariat.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.jwc.secretariat.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator works in English (the demo admin's preference). */
@ViewTest
@WithUserDetails("admin")
class UserDialogTest extends SpringBrowserlessTest {

    @Autowired UserService users;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorChoosesHanoiTimeForANewAdministratorFromThePartiesZonesListedFirst() {
        Pages.open("admin/users");
        test(find(Button.class).withText("New user").single()).click();
        ComboBox<ZoneId> zone = find(ComboBox.class).withLabel("Time zone").single();
        assertThat(zone.getValue()).isNull();
        assertThat(zone.getPlaceholder()).isEqualTo("Their party's zone");
        assertThat(zone.getHelperText()).contains("from the user's next sign-in");
        assertThat(zone.getListDataView().getItems().limit(4).map(zone.getItemLabelGenerator()))
                .containsExactly("Hanoi time", "Beijing time", "UTC", "Africa/Abidjan, UTC+00:00");

        var username = SignedIn.unique("admin.");
        test(find(TextField.class).withLabel("User name").single()).setValue(username);
        test(find(TextField.class).withLabel("Full name").single()).setValue("Trần Thị Quản");
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).withLabel("Roles").single();
        test(roles).selectItem("Administrator");
        test(zone).selectItem("Hanoi time");
        test(find(Button.class).withText("Save").single()).click();

        var saved = users.all().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(saved.profile().timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
