package org.jwc.secretariat.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.user.OneTimePassword;
import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.jwc.secretariat.user.User;
import org.jwc.secretariat.user.UserProfile;
import org.jwc.secretariat.user.UserService;

/** Creates or edits an account; a new account and a reset give a one-time password to hand over. */
class UserDialog extends Dialog {

    private final TextField username = new TextField(getTranslation("user.username"));
    private final TextField fullName = new TextField(getTranslation("user.fullName"));
    private final TextField jobTitle = new TextField(getTranslation("user.jobTitle"));
    private final EmailField email = new EmailField(getTranslation("user.email"));
    private final ComboBox<Party> party = new ComboBox<>(getTranslation("user.party"));
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
    private final Select<Language> language = new Select<>();
    private final ComboBox<ZoneId> timeZone = new ComboBox<>(getTranslation("user.timeZone"));
    private final Checkbox enabled = new Checkbox(getTranslation("user.enabled"), true);

    UserDialog(UserService users, SecondFactorEnrolment secondFactor, PartyService parties, @Nullable User user,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(user == null ? "user.action.new" : "user.action.edit"));
        party.setItems(parties.activeOn(LocalDate.now()));
        party.setItemLabelGenerator(p -> p.name(UiLanguage.current()));
        party.setClearButtonVisible(true);
        roles.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_ADMIN || users.mayMakePlatformAdministrators()).toList());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        language.setLabel(getTranslation("user.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language.native." + l.name()));
        language.setValue(UiLanguage.current());
        var now = Instant.now();
        timeZone.setItems(zones(parties));
        timeZone.setItemLabelGenerator(z -> Times.zoneName(z, now, getLocale()));
        timeZone.setClearButtonVisible(true);
        timeZone.setPlaceholder(getTranslation("user.timeZone.placeholder"));
        timeZone.setHelperText(getTranslation("user.timeZone.help"));
        if (user != null) {
            var p = users.profileHere(user);
            username.setValue(p.username());
            username.setReadOnly(true);
            fullName.setValue(p.fullName());
            jobTitle.setValue(p.jobTitle() == null ? "" : p.jobTitle());
            email.setValue(p.email() == null ? "" : p.email());
            party.setValue(p.partyId() == null ? null : parties.get(p.partyId()));
            roles.setValue(p.roles());
            language.setValue(p.preferredLanguage());
            timeZone.setValue(p.timeZone());
            enabled.setValue(p.enabled());
        }
        add(new FormLayout(username, fullName, jobTitle, email, party, roles, language, timeZone, enabled));
        setWidth("min(44rem, 95vw)");

        var errors = new FormErrors(Map.<String, HasValidation>of("username", username, "fullName", fullName,
                "jobTitle", jobTitle, "email", email, "partyId", party, "roles", roles, "preferredLanguage", language,
                "timeZone", timeZone));
        var save = new Button(getTranslation("action.save"), e -> {
            if (user == null) {
                var created = errors.save(() -> users.create(profile()));
                if (created != null) {
                    onSaved.run();
                    close();
                    showOneTimePassword(created);
                }
            } else if (errors.save(() -> users.update(user.id(), user.getVersion(), profile())) != null) {
                Notifications.success(getTranslation("action.saved"));
                onSaved.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-user");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (user != null) {
            var reset = new Button(getTranslation("user.action.resetPassword"), e -> {
                var password = errors.save(() -> users.resetPassword(user.id()));
                if (password != null) {
                    onSaved.run();
                    close();
                    showOneTimePassword(password);
                }
            });
            getFooter().add(reset, secondFactorReset(secondFactor, user, onSaved));
        }
        getFooter().add(save);
    }

    /** Takes the user's second factor away, after asking; the security log records who did it. */
    private Button secondFactorReset(SecondFactorEnrolment secondFactor, User user, Runnable onSaved) {
        var reset = new Button(getTranslation("user.action.resetSecondFactor"), e -> {
            var confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("user.action.resetSecondFactor"));
            confirm.setText(getTranslation(secondFactor.isRequiredByRole(user) ? "user.secondFactor.resetRequired"
                    : "user.secondFactor.resetOptional", user.username()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("user.action.resetSecondFactor"));
            confirm.addConfirmListener(c -> {
                secondFactor.reset(user.id());
                Notifications.success(getTranslation("user.secondFactor.wasReset", user.username()));
                onSaved.run();
                close();
            });
            confirm.open();
        });
        reset.addClassName("reset-second-factor");
        reset.setEnabled(user.secondFactorSince() != null);
        reset.setTooltipText(getTranslation(user.secondFactorSince() == null ? "user.secondFactor.none"
                : "user.secondFactor.on"));
        return reset;
    }

    private UserProfile profile() {
        var selected = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        return new UserProfile(username.getValue(), fullName.getValue(), jobTitle.getValue(), email.getValue(),
                party.getValue() == null ? null : party.getValue().id(), selected, language.getValue(), timeZone.getValue(),
                enabled.getValue());
    }

    /** The parties' zones first, as most choose one of them, then UTC, then every other zone by its id. */
    private static List<ZoneId> zones(PartyService parties) {
        var zones = new LinkedHashSet<ZoneId>();
        parties.all().forEach(p -> zones.add(p.zone()));
        zones.add(ZoneOffset.UTC);
        ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).forEach(zones::add);
        return List.copyOf(zones);
    }

    private void showOneTimePassword(OneTimePassword password) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("user.oneTimePassword.title"));
        dialog.setText(getTranslation("user.oneTimePassword.text", password.username(), password.password()));
        dialog.setConfirmText(getTranslation("action.close"));
        dialog.addClassName("one-time-password");
        dialog.open();
    }
}
