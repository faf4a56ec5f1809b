package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jwc.secretariat.base.ui.Notifications;
import org.jwc.secretariat.base.ui.Times;
import org.jwc.secretariat.secondfactor.Passkeys;
import org.jwc.secretariat.secondfactor.SecondFactorCodes;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.SecretariatUser;
import org.jwc.secretariat.user.SecondFactorEnrolment;

/**
 * Each user's second factor: whether it is on and why; a delegate or secretary turns it on by
 * passing one code (turning it off again is the administrator's reset); their passkeys.
 */
@Menu(order = 7.5, title = "nav.secondFactor")
@Route("second-factor")
@PermitAll
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorEnrolment enrolment;
    private final SecondFactorCodes codes;
    private final CurrentUser currentUser;
    private final Paragraph status = new Paragraph();
    private final Paragraph error = new Paragraph(getTranslation("secondFactor.error"));
    private final DeliveryText delivery = new DeliveryText();
    private final VerticalLayout turnOn = new VerticalLayout();

    SecondFactorView(SecondFactorEnrolment enrolment, SecondFactorCodes codes, CurrentUser currentUser,
            Passkeys passkeys) {
        this.enrolment = enrolment;
        this.codes = codes;
        this.currentUser = currentUser;
        setMaxWidth("40rem");
        status.addClassName("second-factor-status");
        error.addClassName("code-error");
        error.setVisible(false);
        turnOn.setPadding(false);
        var send = new Button(getTranslation("secondFactor.action.turnOn"), e -> {
            delivery.show(codes.sendToCurrentUser(), codes.validity().toMinutes());
            turnOn.removeAll();
            turnOn.add(delivery, new CodeForm("second-factor"));
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("turn-on-second-factor");
        turnOn.add(send);
        add(new H1(getTranslation("secondFactor.title")), new Paragraph(getTranslation("secondFactor.what")), status,
                error, turnOn, new PasskeyPanel(passkeys, zone()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        error.setVisible(parameters.containsKey("error"));
        if (parameters.containsKey("on")) {
            Notifications.success(getTranslation("secondFactor.turnedOn"));
        }
        var since = enrolment.ownSince();
        if (enrolment.ownRequiredByRole()) {
            status.setText(getTranslation("secondFactor.status.required"));
            turnOn.setVisible(false);
        } else if (since.isPresent()) {
            status.setText(getTranslation("secondFactor.status.on", Times.date(since.get(), zone(), getLocale())));
            turnOn.setVisible(false);
        } else {
            status.setText(getTranslation("secondFactor.status.off"));
        }
    }

    /** The zone the user chose, else UTC: a date is all this page shows. */
    private ZoneId zone() {
        var chosen = currentUser.get().map(SecretariatUser::zone).orElse(null);
        return chosen == null ? ZoneOffset.UTC : chosen;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title");
    }
}
