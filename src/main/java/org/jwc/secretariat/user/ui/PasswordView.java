package org.jwc.secretariat.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.user.UserService;

/** Changes one's own password; the only page open to a user who still has a one-time password. */
@Menu(order = 7, title = "nav.password")
@Route("password")
@PermitAll
class PasswordView extends VerticalLayout implements HasDynamicTitle {

    PasswordView(UserService users) {
        var current = new PasswordField(getTranslation("password.current"));
        var replacement = new PasswordField(getTranslation("password.new"));
        var repeated = new PasswordField(getTranslation("password.repeat"));
        current.setId("current-password");
        replacement.setId("new-password");
        repeated.setId("repeat-password");
        add(new H1(getTranslation("password.title")));
        if (users.mustChangeOwnPassword()) {
            add(new Paragraph(getTranslation("password.mustChange")));
        }
        var errors = new FormErrors(Map.of("currentPassword", current, "newPassword", replacement, "repeat", repeated));
        var save = new Button(getTranslation("password.action.change"), e -> {
            if (!replacement.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.error.mismatch"));
                repeated.setInvalid(true);
                return;
            }
            var done = errors.save(() -> {
                users.changeOwnPassword(current.getValue(), replacement.getValue());
                return Boolean.TRUE;
            });
            if (done != null) {
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("change-password");
        setMaxWidth("30rem");
        add(current, replacement, repeated, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
