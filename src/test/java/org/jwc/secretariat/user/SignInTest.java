package org.jwc.secretariat.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Autowired JdbcTemplate jdbc;
    final List<String> tried = new ArrayList<>();

    /** Its own attempts go, so that reruns on a shared database never reach the address's ceiling. */
    @AfterEach
    void signOut() {
        SignedIn.signOut();
        tried.forEach(name -> jdbc.update("DELETE FROM sign_in_attempt WHERE username = ?", name));
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        var username = newUser(true);
        assertThat(signIn(username, PASSWORD)).isEqualTo("/");
    }

    @Test
    void fiveWrongPasswordsPauseTheNameFromThatAddressEvenForTheRightOne() throws Exception {
        var username = newUser(true);
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(username, "wrong-" + i)).as("attempt %d", i).isEqualTo("/login?error");
        }
        assertThat(signIn(username, "wrong-5")).isEqualTo("/login?blocked");
        assertThat(signIn(username, PASSWORD)).isEqualTo("/login?blocked");
    }

    @Test
    void anUnknownNameIsPausedTheSameWaySoTheAnswerRevealsNoAccount() throws Exception {
        var username = SignedIn.unique("nobody.");
        tried.add(username);
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
        tried.add(username);
        return username;
    }

    /** Where the server sends the browser after the login form is posted. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        return new HttpBrowser(port).signIn(username, password);
    }
}
