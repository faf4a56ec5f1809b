package org.jwc.secretariat.secondfactor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.ui.Pages;
import org.jwc.secretariat.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** The navigation sends whoever owes the second factor to its step, wherever they go; the demo shows the code. */
@ViewTest
@TestPropertySource(properties = "jwc.security.second-factor.required-roles=LEADER,ADMIN")
class SecondStepViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void aLeaderSignedInWithThePasswordAloneIsSentToTheSecondStepFromEveryAddress() {
        SignedIn.withFactors(accounts, "ls.leader", FactorGrantedAuthority.PASSWORD_AUTHORITY);
        for (var address : List.of("", "meetings/18", "meetings/18/communique", "second-factor", "password", "admin/users")) {
            assertThat(Pages.open(address)).as(address).isInstanceOf(SecondStepView.class);
        }
        // The demo has no mail server: the code that would have been mailed is on the page, for a newcomer to try.
        assertThat(find(Paragraph.class).withClassName("demo-code").single().getText())
                .matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    }

    @Test
    void anAdministratorWithThePasswordAloneIsSentThereToo() {
        SignedIn.withFactors(accounts, "admin", FactorGrantedAuthority.PASSWORD_AUTHORITY);
        assertThat(Pages.open("admin/users")).isInstanceOf(SecondStepView.class);
    }

    @Test
    void aLeaderWhoPassedTheCodeGoesWhereTheyAskAndTheStepSendsThemOn() {
        SignedIn.withFactors(accounts, "ls.leader", FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY);
        assertThat(Pages.open("meetings/18")).isNotInstanceOf(SecondStepView.class);
        assertThat(Pages.open("second-step")).isNotInstanceOf(SecondStepView.class);
    }

    @Test
    void aDelegateWithThePasswordAloneGoesWhereTheyAsk() {
        SignedIn.withFactors(accounts, "ls.delegate", FactorGrantedAuthority.PASSWORD_AUTHORITY);
        assertThat(Pages.open("meetings/18")).isNotInstanceOf(SecondStepView.class);
        assertThat(Pages.open("second-factor")).isInstanceOf(SecondFactorView.class);
        assertThat(find(Paragraph.class).withClassName("second-factor-status").single().getText()).startsWith("Off: you sign in with your password alone");
    }

    @Test
    void theDemoSignInPageTellsANewcomerThatLeadersFindTheirCodeOnTheSecondStep() {
        SignedIn.signOut();
        Pages.open("login");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("pass a second step") && text.contains("one-time code"));
    }
}
