package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.secondfactor.Passkey;
import org.jwc.secretariat.secondfactor.Passkeys;

/**
 * The user's passkeys on their second-factor page: each with its name, when it was added and last
 * used, and a way to remove it; and a new one added by a sign-in that passed the second step.
 */
class PasskeyPanel extends VerticalLayout {

    private final Passkeys passkeys;
    private final ZoneId zone;
    private final Div list = new Div();
    private final TextField label = new TextField(getTranslation("passkey.label"));
    private final Paragraph message = new Paragraph();

    PasskeyPanel(Passkeys passkeys, ZoneId zone) {
        this.passkeys = passkeys;
        this.zone = zone;
        setPadding(false);
        addClassName("passkeys");
        list.addClassName("passkey-list");
        message.addClassName("passkey-error");
        message.setVisible(false);
        add(new H2(getTranslation("passkey.title")), new Paragraph(getTranslation("passkey.what")), list);
        if (!passkeys.available()) {
            add(new Paragraph(getTranslation("passkey.unavailable")));
        } else if (passkeys.mayAdd()) {
            label.setId("passkey-label");
            label.setPlaceholder(getTranslation("passkey.label.example"));
            label.setMaxLength(Passkeys.MAX_LABEL);
            label.setWidth("18rem");
            var addButton = new Button(getTranslation("passkey.action.add"), e -> addPasskey());
            addButton.addClassName("add-passkey");
            var form = new HorizontalLayout(label, addButton);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(form, message);
        } else {
            add(new Paragraph(getTranslation("passkey.addAfterSecondStep")));
        }
        refresh();
    }

    private void addPasskey() {
        message.setVisible(false);
        var name = label.getValue().strip();
        if (name.isEmpty()) {
            label.setInvalid(true);
            label.setErrorMessage(getTranslation("passkey.error.label"));
            return;
        }
        label.setInvalid(false);
        PasskeyCeremony.run(this, PasskeyCeremony.REGISTER, name, outcome -> {
            if (PasskeyCeremony.OK.equals(outcome)) {
                label.clear();
                Notifications.success(getTranslation("passkey.added"));
                refresh();
            } else {
                message.setText(PasskeyCeremony.message(this, outcome));
                message.setVisible(true);
            }
        });
    }

    private void refresh() {
        list.removeAll();
        var own = passkeys.own();
        if (own.isEmpty()) {
            list.add(new Paragraph(getTranslation("passkey.none")));
        }
        own.forEach(passkey -> list.add(row(passkey)));
    }

    /** The name above when it was added and last used, and its removal beside them. */
    private HorizontalLayout row(Passkey passkey) {
        var name = new Span(passkey.label());
        name.addClassName("passkey-label");
        var when = new Span(getTranslation("passkey.created", Times.format(passkey.created(), zone, getLocale()))
                + " · " + getTranslation("passkey.lastUsed", Times.format(passkey.lastUsed(), zone, getLocale())));
        when.addClassName("passkey-when");
        var about = new VerticalLayout(name, when);
        about.setPadding(false);
        about.setSpacing(false);
        var remove = new Button(getTranslation("passkey.action.remove"), e -> {
            passkeys.removeOwn(passkey.id());
            Notifications.success(getTranslation("passkey.removed"));
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClassName("remove-passkey");
        remove.getElement().setAttribute("aria-label", getTranslation("passkey.action.removeNamed", passkey.label()));
        var row = new HorizontalLayout(about, remove);
        row.addClassName("passkey");
        row.setWidthFull();
        row.expand(about);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }
}
