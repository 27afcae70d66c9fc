import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the fault and soak tests (reliability/faults.sh, talking to the load balancer only) and of the
 * single-instance soak (bench/soak.sh).
 *
 *   load BASE CLIENTS SECONDS OUT [reads]  - each client loops over the write mix (open an incident, record a crime
 *       on it, add an update), every write with its own Idempotency-Key and retried with that key until answered (a
 *       dropped connection, 502, 503 or 504 is retried; anything else is an error); with "reads", it alternates
 *       with the read mix (decision queue, incident search, crime search, one crime recorded in the run). One more
 *       client signs in to the pages and checks every second that its session is still known. Writes OUT/acknowledged.csv
 *       (kind, key, reference) and OUT/summary.txt.
 *   batch BASE USER PASSWORD               - signs in and starts a batch rules run (POST /compliance/runs).
 */
public class ReliabilityClient {

    static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(DS-\\d{8}-\\d{5,})\"");
    static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    static final String PASSWORD = System.getenv().getOrDefault("LOAD_PASSWORD", "load-password-2026");
    /** "load." for the cluster's accounts (cluster.sh); "" for the demo users of an embedded instance (bench/soak.sh). */
    static final String USERS = System.getenv().getOrDefault("LOAD_USER_PREFIX", "load.");
    static final Pattern CRIME_REFERENCE = Pattern.compile("\"reference\":\"DS/(\\d{4})/(\\d{6,})\"");
    /** Crimes recorded during the run, for the read mix's crime pages. */
    static final List<String> crimes = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong readCount = new AtomicLong();

    static final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    static final AtomicLong retries = new AtomicLong();
    static final AtomicLong replayed = new AtomicLong();
    static final AtomicLong retryAfterMissing = new AtomicLong();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    args.length > 5 && args[5].equals("reads"));
            case "batch" -> batch(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException("load or batch");
        }
    }

    static void load(String base, int clients, int seconds, Path out, boolean reads) throws Exception {
        Files.createDirectories(out);
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            boolean reader = reads && i % 2 == 1;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (reader) {
                            readMix(base);
                        } else {
                            writeMix(base, end);
                        }
                    } catch (Exception e) {
                        count("client-exception " + e.getClass().getSimpleName());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        SessionWatch watch = new SessionWatch(base, out.resolve("signed-in"));
        Thread watcher = new Thread(() -> watch.run(end));
        watcher.start();
        for (Thread thread : threads) {
            thread.join();
        }
        watcher.join();
        double elapsed = (System.nanoTime() - started) / 1e9;
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("acknowledged.csv")))) {
            acknowledged.forEach(csv::println);
        }
        try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("summary.txt")))) {
            summary.printf("clients %d, %d s, reads %s%n", clients, seconds, reads);
            summary.printf("writes acknowledged %d (%.1f/s), of which replayed answers %d; retries %d%n",
                    acknowledged.size(), acknowledged.size() / elapsed, replayed.get(), retries.get());
            summary.printf("reads %d (%.1f/s); crimes recorded %d (%.1f/s)%n", readCount.get(), readCount.get() / elapsed,
                    crimes.size(), crimes.size() / elapsed);
            long answered = outcomes.entrySet().stream().mapToLong(e -> e.getValue().get()).sum();
            long failed = outcomes.entrySet().stream().filter(e -> !e.getKey().matches(".* (200|201)"))
                    .mapToLong(e -> e.getValue().get()).sum();
            summary.printf("error rate %.3f%% (%d of %d requests answered otherwise than 200/201 or not at all, "
                    + "before retries)%n", answered == 0 ? 0 : 100.0 * failed / answered, failed, answered);
            summary.printf("503 answers without Retry-After %d%n", retryAfterMissing.get());
            summary.println("answers by kind and status:");
            new java.util.TreeMap<>(outcomes).forEach((k, v) -> summary.printf("  %-40s %d%n", k, v.get()));
            summary.println("latency of successful requests (ms): kind count p50 p95 p99 max");
            new java.util.TreeMap<>(latencies).forEach((kind, list) -> {
                List<Long> sorted = new ArrayList<>(list);
                Collections.sort(sorted);
                summary.printf("  %-14s %7d %7.1f %7.1f %7.1f %7.1f%n", kind, sorted.size(), pct(sorted, 50),
                        pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e3);
            });
            summary.printf("session checks: signed in %.1f s after the start, then %d ok, %d lost (sent to sign in), "
                    + "%d failed to answer%n", watch.signedInAfterMillis.get() / 1e3, watch.ok.get(), watch.lost.get(),
                    watch.failed.get());
        }
        System.out.print(Files.readString(out.resolve("summary.txt")));
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e3;
    }

    static void writeMix(String base, long end) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"receivedAt":"%s","channel":"EMERGENCY_999","reporterName":"Pat Caller","reporterRelation":"VICTIM",
                 "locationText":"High Street, Demoton","openingType":"ASSAULT","teamCode":"RESPONSE-A",
                 "narrative":"rel-%s A man punched outside the Crown pub."}"""
                .formatted(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), key);
        String opened = send("incident", base + "/api/v1/incidents", USERS + "call.handler", key, body, end);
        if (opened == null) {
            return;
        }
        String reference = match(REFERENCE, opened);
        acknowledged.add("incident," + key + "," + reference);
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            String updateKey = UUID.randomUUID().toString();
            String updated = send("update", base + "/api/v1/incidents/" + reference + "/updates", USERS + "call.handler",
                    updateKey, "{\"text\":\"rel-" + updateKey + " Caller rang back\",\"version\":0}", end);
            if (updated == null) {
                return;
            }
            acknowledged.add("update," + updateKey + "," + reference);
        }
        String decisionKey = UUID.randomUUID().toString();
        int version = ThreadLocalRandom.current().nextInt(4) == 0 ? 1 : 0;
        String current = get(base + "/api/v1/incidents/" + reference, USERS + "officer");
        if (current != null) {
            version = Integer.parseInt(match(VERSION, current));
        }
        String decided = send("decision", base + "/api/v1/incidents/" + reference + "/decision", USERS + "officer",
                decisionKey, """
                {"kind":"CRIMES_RECORDED","informationBasis":"Victim confirmed by phone","version":%d,
                 "victims":[{"name":"Alex Victim"}],"offences":[{"classificationCode":"8N","victims":[0]}]}"""
                        .formatted(version), end);
        if (decided != null) {
            acknowledged.add("decision," + decisionKey + "," + reference);
            Matcher crime = CRIME_REFERENCE.matcher(decided);
            if (crime.find() && crimes.size() < 100_000) {
                crimes.add(crime.group(1) + "/" + crime.group(2));
            }
        }
    }

    static void readMix(String base) {
        String[] paths = {"/api/v1/decision-queue", "/api/v1/incidents?size=20", "/api/v1/crimes?size=20", "crime"};
        String path = paths[ThreadLocalRandom.current().nextInt(paths.length)];
        if (path.equals("crime")) {
            // one crime's page, as an investigator opens it from the queue: a crime recorded earlier in the run
            path = crimes.isEmpty() ? "/api/v1/crimes?size=20"
                    : "/api/v1/crimes/DS/" + crimes.get(ThreadLocalRandom.current().nextInt(crimes.size()));
        }
        String kind = "read " + path.substring(8).replaceAll("\\?.*", "").replaceAll("/DS/\\d{4}/\\d{6,}", "/{reference}");
        readCount.incrementAndGet();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request(base + path, USERS + "officer").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            count(kind + " " + response.statusCode());
            if (response.statusCode() == 200) {
                latencies.computeIfAbsent("read", k -> Collections.synchronizedList(new ArrayList<>()))
                        .add((System.nanoTime() - start) / 1_000);
            } else {
                pause(200);
            }
        } catch (IOException | InterruptedException e) {
            count(kind + " " + e.getClass().getSimpleName());
            pause(200);
        }
    }

    /** Posts until answered: the same key on every try, so a retry can never write twice. Null if it gave up. */
    static String send(String kind, String url, String user, String key, String body, long end) {
        long giveUp = Math.max(end, System.nanoTime()) + TimeUnit.SECONDS.toNanos(60);
        for (int attempt = 0; System.nanoTime() < giveUp; attempt++) {
            if (attempt > 0) {
                retries.incrementAndGet();
            }
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = HTTP.send(request(url, user).header("Idempotency-Key", key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                count(kind + " " + status);
                if (status == 200 || status == 201) {
                    if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                        replayed.incrementAndGet();
                    }
                    latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - start) / 1_000);
                    return response.body();
                }
                if (status == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
                    retryAfterMissing.incrementAndGet();
                }
                if (status != 502 && status != 503 && status != 504) {
                    return null;
                }
            } catch (IOException e) {
                count(kind + " " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            pause(Math.min(2000, 100L << Math.min(attempt, 4)));
        }
        count(kind + " gave-up");
        return null;
    }

    static String get(String url, String user) {
        try {
            HttpResponse<String> response = HTTP.send(request(url, user).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    static HttpRequest.Builder request(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** A person signed in to the pages, asking for the home page every second: is the session still known? */
    static class SessionWatch {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong lost = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong signedInAfterMillis = new AtomicLong(-1);
        final long started = System.nanoTime();
        final HttpClient browser;
        final String base;

        final Path marker;

        SessionWatch(String base, Path marker) {
            this.base = base;
            this.marker = marker;
            this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(2)).build();
        }

        void run(long end) {
            boolean signedIn = false;
            while (!signedIn && System.nanoTime() < end) {
                try {
                    signIn(browser, base, USERS + "officer");
                    signedIn = true;
                    signedInAfterMillis.set((System.nanoTime() - started) / 1_000_000);
                    Files.writeString(marker, "signed in\n"); // the fault waits for it, so the session predates it
                } catch (Exception e) {
                    pause(1000);
                }
            }
            while (System.nanoTime() < end) {
                try {
                    HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/"))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (home.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else if (home.statusCode() == 302 && home.headers().firstValue("Location").orElse("")
                            .contains("sign-in")) {
                        lost.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException | InterruptedException e) {
                    failed.incrementAndGet();
                }
                pause(1000);
            }
        }
    }

    static void signIn(HttpClient browser, String base, String user) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = match(CSRF, form.body());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
        }
    }

    static void batch(String base, String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, base, user);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/compliance/findings"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String csrf = match(CSRF, page.body());
        HttpResponse<String> run = browser.send(HttpRequest.newBuilder(URI.create(base + "/compliance/runs"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("batch run answered " + run.statusCode());
    }

    static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(200, text.length())));
        }
        return matcher.group(1);
    }

    static void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
