package org.jwc.secretariat.secondfactor;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.security.SecurityEvent;
import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ott.OneTimeTokenLoginConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The second step of a sign-in with Spring Security's own parts (ADR 0022): its multi-factor support
 * adds the one-time code's factor to the password's in the same sign-in, and its one-time-token login
 * checks the code at {@code POST /login/ott}. No rule names the factor here: 7.0 would require it of
 * everyone, so {@code SecondFactorRule} decides whom it binds. Applied to the application's security
 * filter chain as a customizer bean, so that {@code SecurityConfig} needs no line of its own.
 */
@Configuration
@EnableMultiFactorAuthentication(authorities = {})
class SecondFactorSignIn {

    static final String STEP = "/second-step";
    static final String CODE_CHECK = "/login/ott";

    @Bean
    OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbc, Clock clock) {
        var service = new JdbcOneTimeTokenService(jdbc);
        service.setClock(clock);
        return service;
    }

    @Bean
    Customizer<OneTimeTokenLoginConfigurer<HttpSecurity>> secondStep(OneTimeTokenService tokens,
            UserDetailsService accounts, SecondFactorEnrolment enrolment, ApplicationEventPublisher events) {
        var outcome = new SecondStepOutcome(enrolment, events);
        return ott -> ott
                .tokenService(tokens)
                .authenticationProvider(new SecondStepOnly(new OneTimeTokenAuthenticationProvider(tokens, accounts)))
                // Codes are sent by the second step's page to the user signed in there, never by name.
                .generateRequestResolver(request -> null)
                .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                .showDefaultSubmitPage(false)
                // The application's own sign-in page, so that Spring Security generates none of its own.
                .loginPage("/login")
                // Named after the page, else it would take the page's address for its own.
                .loginProcessingUrl(CODE_CHECK)
                .authenticationSuccessHandler(outcome::passed)
                .authenticationFailureHandler(outcome::failed);
    }

    /**
     * For the security log: a second step passed or failed, under the name signed in with the
     * password; the detail names a passkey, nothing the code.
     */
    static SecurityEvent event(SecurityEvent.Kind kind, @Nullable String username, String address,
            @Nullable String detail) {
        return new SecurityEvent(kind, username, null, address, detail);
    }
}
