package org.jwc.secretariat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.HttpBrowser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** With no trusted proxy configured (the default), forwarded headers change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(ClientEcho.class)
class ForwardedHeadersTest {

    @LocalServerPort int port;

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        var response = new HttpBrowser(port).get(ClientEcho.PATH, "X-Forwarded-For", "203.0.113.7",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("203.0.113.7").doesNotContain("evil.example").contains(" false ");
    }

    @Test
    void aSpoofedHostIsNeverReflectedIntoARedirect() throws Exception {
        var head = rawGet("/meetings", "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n");
        assertThat(head).startsWith("HTTP/1.1 302");
        assertThat(head).containsIgnoringCase("\nLocation: /login").doesNotContain("evil.example");
    }

    /** A request as any client may write it, Host header included (Java's HttpClient sets its own). */
    String rawGet(String path, String headers) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return head(socket.getInputStream());
        }
    }

    private static String head(InputStream in) throws IOException {
        var text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        var end = text.indexOf("\r\n\r\n");
        return end < 0 ? text : text.substring(0, end);
    }
}
