package org.jwc.secretariat.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a paused sign-in away before its password is checked, so that guessing gains nothing while
 * it waits. Sits after the CSRF check: a forged post is refused before it can count for anyone.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String BLOCKED = "/login?blocked";

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;

    SignInThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The form is read only for the sign-in post: every other request passes untouched.
        if (SIGN_IN.matches(request)) {
            var username = request.getParameter("username");
            if (username != null && throttle.refuses(username, request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + BLOCKED);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
