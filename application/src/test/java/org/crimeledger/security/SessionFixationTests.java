package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crimeledger.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Against a running server (sessions in PostgreSQL, real cookies): a session id planted before sign-in is worth
 * nothing after it, and the scheme and host a loopback proxy forwards are the ones the application sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class SessionFixationTests {

    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signingInGivesANewSessionIdSoAPlantedOneIsWorthNothing() throws Exception {
        String username = TestUsers.ensure(accounts, Role.OFFICER);
        HttpResponse<String> signInPage = send(get("/sign-in"));
        String planted = session(signInPage).orElseThrow(() -> new AssertionError("no session before sign-in"));
        Matcher token = CSRF.matcher(signInPage.body());
        assertThat(token.find()).as("the sign-in form carries its CSRF token").isTrue();

        HttpResponse<String> signedIn = send(request("/sign-in").header("Cookie", "SESSION=" + planted)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(token.group(1)))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String issued = session(signedIn).orElseThrow(() -> new AssertionError("no new session at sign-in"));
        assertThat(issued).isNotEqualTo(planted);

        HttpResponse<String> withIssued = send(get("/").header("Cookie", "SESSION=" + issued));
        assertThat(withIssued.statusCode()).isEqualTo(200);
        assertThat(withIssued.body()).contains("Sign out");
        HttpResponse<String> withPlanted = send(get("/").header("Cookie", "SESSION=" + planted));
        assertThat(withPlanted.statusCode()).as("the planted id is not signed in").isEqualTo(302);
        assertThat(withPlanted.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void theSchemeAndHostAProxyForwardsAreTheOnesTheApplicationUses() throws Exception {
        HttpResponse<String> direct = send(get("/"));
        assertThat(direct.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:" + port);

        HttpResponse<String> proxied = send(get("/").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "records.demoshire.police.example"));
        assertThat(proxied.headers().firstValue("Location").orElseThrow())
                .isEqualTo("https://records.demoshire.police.example/sign-in");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).filter(value -> !value.isEmpty()).findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
