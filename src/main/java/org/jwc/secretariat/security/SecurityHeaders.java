package org.jwc.secretariat.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page, file and error carries (ADR 0020). Spring Security's defaults
 * stay on: X-Content-Type-Options nosniff, Cache-Control no-store (kept off only where a response
 * sets its own, as Vaadin's versioned static files do), X-Frame-Options, HSTS where switched on.
 */
final class SecurityHeaders {

    /**
     * Vaadin's client needs inline styles, and its bootstrap and {@code executeJs} inline scripts and
     * {@code new Function}; everything else comes from this origin only. Push uses a WebSocket to the
     * same origin, which 'self' covers. No page may be framed, no form post elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Nothing uses these devices; passkeys, later, from this origin only. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), "
            + "publickey-credentials-get=(self), publickey-credentials-create=(self)";

    private SecurityHeaders() {
    }

    /** HSTS only where the platform is served over HTTPS for good: production says so. */
    static Customizer<HeadersConfigurer<HttpSecurity>> all(boolean strictTransportSecurity) {
        return headers -> {
            // Written before the response is produced: Vaadin's pages never reach Spring's usual
            // "on commit" moment, and would go out with none of these headers.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
            if (strictTransportSecurity) {
                headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
            } else {
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
        };
    }
}
