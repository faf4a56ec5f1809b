package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.jwc.secretariat.HttpBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Behind the configured proxy the client's address and HTTPS come from its forwarded headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles({"test", "demo"})
@Import(ClientEcho.class)
class TrustedProxyTest {

    @LocalServerPort int port;

    @Test
    void theTrustedProxysForwardedAddressAndProtocolAreTheClients() throws Exception {
        var response = new HttpBrowser(port).get(ClientEcho.PATH, "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("203.0.113.7 true ");
    }
}
