package org.jwc.secretariat.secondfactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jwc.secretariat.secondfactor.CodeDelivery;
import org.jwc.secretariat.secondfactor.Passkeys;
import org.jwc.secretariat.secondfactor.SecondFactorCodes;
import org.jwc.secretariat.security.CurrentUser;

/**
 * The second step of a sign-in, the only page open to a user who signed in with the password and
 * owes the second factor: a code goes to their e-mail address once per session (and again on
 * asking), and the form sends it to Spring Security; a user with a passkey uses it instead, and
 * gets a code only on asking.
 */
@Route(value = "second-step", autoLayout = false)
@PermitAll
class SecondStepView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SENT = SecondStepView.class.getName() + ".sent";

    private final CurrentUser currentUser;
    private final SecondFactorCodes codes;
    private final Passkeys passkeys;
    private final DeliveryText delivery = new DeliveryText();
    private final Paragraph error = new Paragraph(getTranslation("secondFactor.error"));
    private final PasskeyStep passkey = new PasskeyStep();

    SecondStepView(CurrentUser currentUser, SecondFactorCodes codes, Passkeys passkeys,
            AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.codes = codes;
        this.passkeys = passkeys;
        addClassName("second-step");
        // No layout around this page: it is its own main landmark, as the sign-in page is.
        getElement().setAttribute("role", "main");
        setMaxWidth("36rem");
        error.addClassName("code-error");
        error.setVisible(false);
        var resend = new Button(getTranslation("secondFactor.action.resend"), e -> send());
        resend.addClassName("resend-code");
        var logout = new Button(getTranslation("action.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H1(getTranslation("secondFactor.step.title")), new Paragraph(getTranslation("secondFactor.step.why")),
                delivery, error, new CodeForm(null), passkey, new HorizontalLayout(resend, logout));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.awaitingSecondFactor().isEmpty()) {
            event.forwardTo("");
            return;
        }
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        var hasPasskey = passkeys.awaitingUserHasOne();
        passkey.setVisible(hasPasskey);
        var session = VaadinSession.getCurrent();
        if (session.getAttribute(SENT) instanceof CodeDelivery sent) {
            delivery.show(sent, codes.validity().toMinutes());
        } else if (hasPasskey) {
            // Whoever has a passkey gets no mail at every sign-in; a code comes on asking.
            delivery.showNoneSent();
        } else {
            send();
        }
    }

    private void send() {
        var sent = codes.sendToCurrentUser();
        VaadinSession.getCurrent().setAttribute(SENT, sent);
        delivery.show(sent, codes.validity().toMinutes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.step.title");
    }
}
