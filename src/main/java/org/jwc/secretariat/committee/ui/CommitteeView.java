package org.jwc.secretariat.committee.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jwc.secretariat.base.ui.FormErrors;
import org.jwc.secretariat.base.ui.LocalizedTextField;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.committee.Committee;
import org.jwc.secretariat.committee.CommitteeKind;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;

/** The committee's kind and its name in each language, as every page header and document shows it. */
@Menu(order = 6, title = "nav.committee")
@Route("admin/committee")
@RolesAllowed(Roles.ADMIN)
class CommitteeView extends VerticalLayout implements HasDynamicTitle {

    CommitteeView(CommitteeService committees, CurrentUser currentUser) {
        var name = new LocalizedTextField(getTranslation("committee.name"));
        var shortName = new LocalizedTextField(getTranslation("committee.shortName")).optional();
        shortName.setHelperText(getTranslation("committee.shortName.help"));
        shortName.addClassName("committee-short-name");
        var kind = new CommitteeKindSelect();
        var committee = committees.committee();
        kind.setValue(committee.map(Committee::kind).orElse(CommitteeKind.COMMITTEE));
        name.setValue(committees.name());
        shortName.setValue(committee.map(Committee::givenShortName).orElse(LocalizedText.EMPTY));
        var version = new long[] {committee.map(Committee::getVersion).orElse(0L)};
        var errors = new FormErrors(Map.of("name", name, "shortName", shortName, "kind", kind));
        var save = new Button(getTranslation("action.save"), e -> {
            var saved = errors.save(() -> committees.rename(version[0], name.getValue(), shortName.getValue(), kind.getValue()));
            if (saved != null) {
                version[0] = saved.getVersion();
                Notifications.success(getTranslation("action.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        setMaxWidth("48rem");
        add(new H1(getTranslation("committee.title")), kind, name, shortName, save);
        if (currentUser.require().hasRole(Role.PLATFORM_ADMIN)) {
            var create = new Button(getTranslation("committee.action.new"), e -> new NewCommitteeDialog(committees, made -> {
                Notifications.success(getTranslation("committee.created", made.name().in(UiLanguage.current())));
                // The top bar's chooser lists the new one from the next page on.
                UI.getCurrent().getPage().reload();
            }).open());
            create.addClassName("new-committee");
            add(create);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("committee.title");
    }
}
