package org.jwc.secretariat.secondfactor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.DemoAccounts;
import org.jwc.secretariat.security.Roles;
import org.jwc.secretariat.security.SecretariatUser;
import org.jwc.secretariat.user.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;

/**
 * Sends the signed-in user a one-time code for the second step, made and kept by Spring Security's
 * one-time-token service: random, single-use, valid for {@code jwc.security.second-factor.code-validity}.
 * Only to oneself: nobody can have a code sent to someone else.
 */
@Service
public class SecondFactorCodes {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorCodes.class);
    /** The least time between two codes for one account. */
    static final Duration PAUSE = Duration.ofSeconds(30);

    private final OneTimeTokenService tokens;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final CodeMail mail;
    private final boolean demo;
    private final Duration validity;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecondFactorCodes(OneTimeTokenService tokens, CurrentUser currentUser, Recipients recipients,
            ObjectProvider<JavaMailSender> mailSender, CodeMail mail, ObjectProvider<DemoAccounts> demoAccounts,
            @Value("${jwc.security.second-factor.code-validity:10m}") Duration validity, JdbcTemplate jdbc, Clock clock) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.mailSender = mailSender;
        this.mail = mail;
        this.demo = demoAccounts.getIfAvailable() != null;
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** Sends a new code to the signed-in user (the one awaiting the second step, or one turning it on). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public CodeDelivery sendToCurrentUser() {
        var user = currentUser.awaitingSecondFactor().or(currentUser::get)
                .orElseThrow(() -> new RefusedException("error.notSignedIn"));
        var recipient = recipients.byId(user.userId()).orElseThrow(() -> new RefusedException("error.notFound"));
        if (sentWithinPause(user)) {
            return new CodeDelivery(CodeDelivery.Outcome.TOO_SOON, null, null);
        }
        var sender = mailSender.getIfAvailable();
        if (sender == null && demo) {
            var code = newCode(user);
            // The demo has no mail server: the newcomer trying a leader's account reads the code on the page.
            log.info("Demo: one-time code for {}: {}", user.getUsername(), code);
            return new CodeDelivery(CodeDelivery.Outcome.SHOWN_FOR_DEMO, null, code);
        }
        if (sender == null || recipient.email() == null) {
            return new CodeDelivery(CodeDelivery.Outcome.NO_ADDRESS, null, null);
        }
        var masked = masked(recipient.email());
        try {
            sender.send(mail.message(sender, recipient, newCode(user), validity));
            return new CodeDelivery(CodeDelivery.Outcome.MAILED, masked, null);
        } catch (MailException e) {
            log.warn("Could not e-mail a one-time code to {}: {}", user.getUsername(), e.getMessage());
            return new CodeDelivery(CodeDelivery.Outcome.MAIL_FAILED, masked, null);
        }
    }

    /**
     * Whether the account's newest code, in Spring Security's table that every node shares, was made
     * less than {@link #PAUSE} ago (it was made {@code validity} before it expires).
     */
    private boolean sentWithinPause(SecretariatUser user) {
        var newest = jdbc.queryForObject("SELECT MAX(expires_at) FROM one_time_tokens WHERE username = ?",
                Timestamp.class, user.getUsername());
        return newest != null && newest.toInstant().minus(validity).isAfter(clock.instant().minus(PAUSE));
    }

    private String newCode(SecretariatUser user) {
        return tokens.generate(new GenerateOneTimeTokenRequest(user.getUsername(), validity)).getTokenValue();
    }

    /** "tq.leader@demo.example" as "t•••@demo.example": enough to know which mailbox, not to learn it. */
    static String masked(@Nullable String email) {
        if (email == null) {
            return "";
        }
        var at = email.indexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
