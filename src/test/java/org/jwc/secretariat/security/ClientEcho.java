package org.jwc.secretariat.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** A test-only page telling who the server thinks the client is: address, HTTPS, host name. */
@TestConfiguration
class ClientEcho {

    static final String PATH = "/test/client";

    /** Open to anyone, ahead of the application's own chain, so that the echo answers before any sign-in. */
    @Bean
    @Order(0)
    SecurityFilterChain clientEchoOpen(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH).authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
    }

    @Bean
    RouterFunction<ServerResponse> clientEcho() {
        return RouterFunctions.route().GET(PATH, request -> {
            var servlet = request.servletRequest();
            return ServerResponse.ok().body(servlet.getRemoteAddr() + " " + servlet.isSecure() + " " + servlet.getServerName());
        }).build();
    }
}
