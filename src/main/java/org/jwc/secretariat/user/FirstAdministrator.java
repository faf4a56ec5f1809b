package org.jwc.secretariat.user;

import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation has no account, and production has no default password. On the first start
 * with an empty user table this creates the administrator "admin" with a random one-time password,
 * written once to the log; it must be changed at the first sign-in. Its e-mail address, for the
 * second factor's codes, comes from {@code JWC_ADMIN_EMAIL}.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    /** Where the first administrator's one-time codes go (ADR 0022): their second factor at the first sign-in. */
    private final @Nullable String email;

    FirstAdministrator(Users users, PasswordEncoder passwordEncoder, @Value("${jwc.first-admin-email:}") String email) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.email = email.isBlank() ? null : email.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        var password = RandomPasswords.generate(16);
        var profile = new UserProfile("admin", "Administrator", null, email, null, EnumSet.of(Role.ADMIN, Role.PLATFORM_ADMIN), Language.EN, null, true);
        users.save(new User(profile, passwordEncoder.encode(password), true));
        log.warn("No account existed: created the administrator 'admin' with the one-time password {} "
                + "(to be changed at the first sign-in).", password);
    }
}
