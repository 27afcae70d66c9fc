import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timings for the victims' pages and measures, run against a started crimeledger (see bench/victims.sh).
 *   page BASE USER PATH REQUESTS - signs in as USER and times REQUESTS page loads of PATH after 10 warm-ups
 *   api BASE USER PATH REQUESTS  - times REQUESTS GETs of an API PATH with HTTP Basic after 2 warm-ups
 *   post BASE USER PATH          - one POST with HTTP Basic, printing the answer and the time it took
 */
public class VictimsLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "page" -> page(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "api" -> api(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "post" -> post(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException("page, api or post");
        }
    }

    static void page(String base, String user, String path, int samples) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=demo-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < samples + 10; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            if (i >= 10) {
                times.add(took);
            }
        }
        System.out.printf("page %s as %s, %d requests: %s%n", path, user, samples, percentiles(times));
    }

    static void api(String base, String user, String path, int samples) throws Exception {
        List<Long> times = new ArrayList<>();
        String body = "";
        for (int i = 0; i < samples + 2; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            body = response.body();
            if (i >= 2) {
                times.add(took);
            }
        }
        System.out.printf("api %s, %d requests: %s; %d bytes%n", path, samples, percentiles(times), body.length());
    }

    static void post(String base, String user, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("POST %s answered %d in %.1f s: %s%n", path, response.statusCode(),
                (System.nanoTime() - start) / 1e9, response.body());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
    }

    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
