package org.jwc.secretariat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A browser reduced to HTTP: keeps its cookies, follows no redirect, posts the login form as the page does. */
public final class HttpBrowser {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;

    public HttpBrowser(int port) {
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        this.base = "http://localhost:" + port;
    }

    /** A browser on another machine: its requests leave from {@code from}, one of 127.0.0.0/8, to 127.0.0.1. */
    public HttpBrowser(int port, InetAddress from) {
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).localAddress(from).build();
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An empty form post, as a foreign page's form would send it. */
    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the login page hands out, as its meta tag carries it for the form. */
    public String csrfToken() throws IOException, InterruptedException {
        var page = get("/login").body();
        var matcher = CSRF_META.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("The login page carries no CSRF token");
        }
        return matcher.group(1);
    }

    /** Posts the login form; {@code csrfToken} null posts it without one, as a foreign site would. */
    public HttpResponse<String> postLogin(String username, String password, String csrfToken)
            throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form with its token; returns where the server sends the browser next. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        var response = postLogin(username, password, csrfToken());
        if (response.statusCode() != 302) {
            throw new AssertionError("Sign-in answered " + response.statusCode());
        }
        return relative(response.headers().firstValue("Location").orElseThrow());
    }

    public static String relative(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
