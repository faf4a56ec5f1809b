package org.jwc.secretariat.secondfactor;

import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys as the second factor's other kind (ADR 0022), all Spring Security's: its WebAuthn support
 * makes the options at {@code /webauthn/register/options} and {@code /webauthn/authenticate/options},
 * checks a new passkey at {@code /webauthn/register} and a signature at {@code /login/webauthn}, and
 * its multi-factor support adds {@code FACTOR_WEBAUTHN} to the password's factor. Passkeys are kept in
 * Spring's tables (V021), where every node sees them. Applied to the application's chain as a
 * customizer bean, as the one-time code's login is.
 */
@Configuration
class PasskeySignIn {

    @Bean
    RelyingParty relyingParty(@Value("${jwc.public-url:}") String publicUrl,
            @Value("${jwc.security.passkeys.rp-name:JWC Secretariat}") String name) {
        return RelyingParty.of(publicUrl, name);
    }

    @Bean
    JdbcPublicKeyCredentialUserEntityRepository passkeyUsers(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    JdbcUserCredentialRepository passkeyCredentials(JdbcTemplate jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyOperations(PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials, RelyingParty party, ApplicationEventPublisher events) {
        var rp = PublicKeyCredentialRpEntity.builder().id(party.id()).name(party.name()).build();
        return new PasskeyOperations(new Webauthn4JRelyingPartyOperations(users, credentials, rp, party.origins()), events);
    }

    /**
     * Spring checks a new passkey after the request's authorization, where Vaadin's rules let no
     * address through that is not a view: this one is let through for a signed-in user, ahead of
     * them (customizer beans are applied first). Whether this sign-in may add one is
     * {@link PasskeyOperations}'s to say. Removal goes through the second-factor page only.
     */
    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> passkeyRegistration() {
        return requests -> requests.requestMatchers(HttpMethod.POST, "/webauthn/register").authenticated();
    }

    @Bean
    Customizer<WebAuthnConfigurer<HttpSecurity>> passkeySecondStep(WebAuthnRelyingPartyOperations operations,
            UserDetailsService accounts, SecondFactorEnrolment enrolment, ApplicationEventPublisher events,
            SecurityContextHolderStrategy vaadinStrategy) {
        // The configurer's filters take the global strategy when they are made, and some cannot be
        // given another; Vaadin makes its own the global one only once all beans exist, after the
        // filters. Without this, they would read an empty security context: installed here, earlier.
        SecurityContextHolder.setContextHolderStrategy(vaadinStrategy);
        var outcome = new SecondStepOutcome(enrolment, events);
        var secondStepOnly = new ProviderManager(new PasskeySecondStepOnly(
                new WebAuthnAuthenticationProvider(operations, accounts)));
        return webAuthn -> webAuthn
                // The second-factor page adds passkeys; Spring's own page would be a second way.
                .disableDefaultRegistrationPage(true)
                .addObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        // The configurer would take a passkey as a way in by itself.
                        filter.setAuthenticationManager(secondStepOnly);
                        filter.setAuthenticationSuccessHandler(outcome::passedWithPasskey);
                        filter.setAuthenticationFailureHandler(outcome::failedWithPasskey);
                        // A new session id once the sign-in is complete, as after the code.
                        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                        return filter;
                    }
                });
    }
}
