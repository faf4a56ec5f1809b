package org.jwc.secretariat.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.security.SecurityEvent;
import org.jwc.secretariat.user.SecondFactorEnrolment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After the code or passkey was checked: a pass enrols the user on the first time and opens the
 * platform (or returns to the second-factor page it was turned on from); a failure returns to the
 * step. Both go to the security log. The code's form is the browser's own post, answered with a
 * redirect; the passkey's script reads an answer in Spring's JSON and goes on itself.
 */
class SecondStepOutcome {

    /** The form's field naming where to go on: only this page is honoured, never an address from outside. */
    static final String RETURN_PARAMETER = "return";
    static final String RETURN_TO_SETTINGS = "second-factor";

    private final SecondFactorEnrolment enrolment;
    private final ApplicationEventPublisher events;

    SecondStepOutcome(SecondFactorEnrolment enrolment, ApplicationEventPublisher events) {
        this.enrolment = enrolment;
        this.events = events;
    }

    void passed(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        events.publishEvent(SecondFactorSignIn.event(SecurityEvent.Kind.SECOND_FACTOR_PASSED, authentication.getName(),
                request.getRemoteAddr(), null));
        enrolment.passedByCurrentUser();
        var settings = RETURN_TO_SETTINGS.equals(request.getParameter(RETURN_PARAMETER));
        response.sendRedirect(request.getContextPath() + (settings ? "/" + RETURN_TO_SETTINGS + "?on" : "/"));
    }

    void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        events.publishEvent(SecondFactorSignIn.event(SecurityEvent.Kind.SECOND_FACTOR_FAILED, signedInName(request),
                request.getRemoteAddr(), null));
        var settings = RETURN_TO_SETTINGS.equals(request.getParameter(RETURN_PARAMETER));
        response.sendRedirect(request.getContextPath() + (settings ? "/" + RETURN_TO_SETTINGS + "?error" : SecondFactorSignIn.STEP + "?error"));
    }

    void passedWithPasskey(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        events.publishEvent(SecondFactorSignIn.event(SecurityEvent.Kind.SECOND_FACTOR_PASSED, authentication.getName(),
                request.getRemoteAddr(), Passkeys.DETAIL));
        enrolment.passedByCurrentUser();
        // What Spring Security's own passkey script expects; the address is ours, never the client's.
        response.setContentType("application/json");
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + "/\"}");
    }

    void failedWithPasskey(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
        events.publishEvent(SecondFactorSignIn.event(SecurityEvent.Kind.SECOND_FACTOR_FAILED, signedInName(request),
                request.getRemoteAddr(), Passkeys.DETAIL));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * The name signed in with the password, from the session: Spring Security has emptied the
     * request's security context by the time a failure is handled, the session keeps it.
     */
    private static @Nullable String signedInName(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                ? context.getAuthentication().getName() : null;
    }
}
