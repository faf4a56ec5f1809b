package org.jwc.secretariat.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jwc.secretariat.base.ui.LanguageSelect;
import org.jwc.secretariat.base.ui.UiLanguage;
import org.jwc.secretariat.security.DemoAccounts;
import org.jwc.secretariat.security.SecondFactorRule;
import org.springframework.beans.factory.ObjectProvider;

/** Sign-in, in the language the visitor picks; lists the demo accounts in development mode only. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authenticationContext, ObjectProvider<DemoAccounts> demoAccounts,
            SecondFactorRule secondFactor) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        // The whole sign-in page is its main landmark (this route has no layout to provide one).
        getElement().setAttribute("role", "main");
        setSizeFull();
        // Centred in the stylesheet ("safe": a page taller than the screen scrolls from its top).
        setAlignItems(Alignment.CENTER);

        var language = new LanguageSelect(UiLanguage.current());
        language.addValueChangeListener(e -> UiLanguage.switchTo(e.getValue()));

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        add(language, new H1(getTranslation("app.title")), form);

        var productionMode = VaadinService.getCurrent().getDeploymentConfiguration().isProductionMode();
        if (!productionMode) {
            demoAccounts.ifAvailable(accounts -> add(new DemoAccountList(accounts, secondFactor)));
        }
    }

    private LoginI18n i18n(boolean blocked) {
        var i18n = LoginI18n.createDefault();
        var f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation(blocked ? "login.blocked.title" : "login.error.title"));
        error.setMessage(getTranslation(blocked ? "login.blocked.message" : "login.error.message"));
        var header = new LoginI18n.Header();
        header.setTitle(getTranslation("app.title"));
        i18n.setHeader(header);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var blocked = parameters.containsKey("blocked");
        if (blocked || parameters.containsKey("error")) {
            form.setI18n(i18n(blocked));
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** Development only: who to sign in as, to try each role. */
    static class DemoAccountList extends VerticalLayout {
        DemoAccountList(DemoAccounts demo, SecondFactorRule secondFactor) {
            addClassName("demo-accounts");
            setPadding(false);
            setSpacing(false);
            add(new Paragraph(getTranslation("login.demo.heading", demo.password())));
            demo.accounts().forEach(a -> add(new Paragraph(getTranslation("login.demo.account",
                    a.username(), a.partyCode(), getTranslation("role." + a.role().name())))));
            if (!secondFactor.requiredRoles().isEmpty()) {
                // A newcomer trying a leader's account meets the second step: say where its code is.
                add(new Paragraph(getTranslation("login.demo.secondFactor")));
            }
        }
    }
}
