package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.HttpBrowser;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Signing in over real HTTP, as a browser's login form does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag("database")
class SignInTest {

    static final String PASSWORD = "Lạng Sơn 谅山 2027";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired PartyService parties;
    @Autowired UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        var username = newUser(true);
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void fiveWrongPasswordsBlockSignInForFifteenMinutesEvenWithTheRightOne() throws Exception {
        var username = newUser(true);
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(username, "wrong-" + i)).as("attempt %d", i).isEqualTo("/login?error");
        }
        assertThat(signIn(username, "wrong-5")).isEqualTo("/login?blocked");
        assertThat(signIn(username, PASSWORD)).isEqualTo("/login?blocked");
    }

    @Test
    void anUnknownNameIsBlockedTheSameWaySoTheAnswerRevealsNoAccount() throws Exception {
        var username = SignedIn.unique("nobody.");
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(username, "wrong")).isEqualTo("/login?error");
        }
        assertThat(signIn(username, "wrong")).isEqualTo("/login?blocked");
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        var username = newUser(false);
        assertThat(signIn(username, PASSWORD)).isEqualTo("/login?error");
    }

    private String newUser(boolean enabled) {
        SignedIn.as(accounts, "admin");
        var username = SignedIn.unique("ls.");
        users.createWithPassword(new UserProfile(username, "Hoàng Thị Thử", null, null, parties.findByCode("LS").orElseThrow().id(),
                EnumSet.of(Role.DELEGATE), Language.VI, null, enabled), PASSWORD);
        SignedIn.signOut();
        return username;
    }

    /** Where the server sends the browser after the login form is posted. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        return new HttpBrowser(port).signIn(username, password);
    }
}
