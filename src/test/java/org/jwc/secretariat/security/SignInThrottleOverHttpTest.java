package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwc.secretariat.security.SignInForgeryTest.DEMO_PASSWORD;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.HttpBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lock-out attack of the probe, over real HTTP: an attacker at 127.0.0.2 posts a leader's name
 * with wrong passwords, as often as they like; the leader at 127.0.0.1 still signs in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInThrottleOverHttpTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void discard() {
        jdbc.update("DELETE FROM sign_in_attempt WHERE username = 'ls.leader'");
    }

    @Test
    void anAttackerCannotLockALeaderOutButIsPausedThemselvesEvenWithTheRightPassword() throws Exception {
        var attacker = new HttpBrowser(port, InetAddress.getByName("127.0.0.2"));
        var answers = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            answers.add(location(attacker.postLogin("ls.leader", "guess-" + i, attacker.csrfToken())));
        }
        assertThat(answers.subList(0, 4)).containsOnly("/login?error");
        assertThat(answers.subList(4, 10)).as("the fifth failure pauses the name there, and the pause holds").containsOnly("/login?blocked");
        assertThat(location(attacker.postLogin("ls.leader", DEMO_PASSWORD, attacker.csrfToken())))
                .as("the right password, while paused, is not even checked").isEqualTo("/login?blocked");

        var leader = new HttpBrowser(port, InetAddress.getByName("127.0.0.1"));
        assertThat(leader.signIn("ls.leader", DEMO_PASSWORD)).as("the leader at their office").isEqualTo("/");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_attempt WHERE username = 'ls.leader'"
                + " AND address = '127.0.0.2' AND succeeded = FALSE", Integer.class))
                .as("paused attempts are turned away, not counted").isEqualTo(5);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return HttpBrowser.relative(response.headers().firstValue("Location").orElseThrow());
    }
}
