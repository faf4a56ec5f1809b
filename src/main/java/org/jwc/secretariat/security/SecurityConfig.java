package org.jwc.secretariat.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.jwc.secretariat.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, RequestUtil vaadinRequests,
            @Value("${jwc.security.strict-transport-security:false}") boolean strictTransportSecurity) throws Exception {
        http.headers(SecurityHeaders.all(strictTransportSecurity));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css").permitAll());
        // Vaadin's own CSRF settings exempt the whole login URL, POST /login too: any site could sign a
        // browser in. Only Vaadin's internal requests (protected by its own per-UI token) are exempt here;
        // the login form sends Spring's token, read from the meta tags Vaadin puts in every page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // After Vaadin's configurer, so that its login view replaces Spring's generated login page.
        http.formLogin(form -> form.failureHandler(failureHandler(throttle)));
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Counts the failure and tells a now paused sign-in apart from a wrong password, alike for unknown names. */
    private static AuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
        return (request, response, exception) -> {
            var username = request.getParameter("username");
            var paused = username != null && throttle.failed(username, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + (paused ? SignInThrottleFilter.BLOCKED : "/login?error"));
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
