import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the recording core, run against a started crimeledger (see bench/recording.sh).
 *   write BASE CLIENTS SECONDS  - each client loops: open an incident (call handler), then record a
 *                                 crime on it (officer); after a 15 s warm-up, reports crimes/s and
 *                                 latency percentiles
 *   first-contact BASE CLIENTS SECONDS - the same incident and crime recorded at the first point of
 *                                 contact: one request (officer) opens the incident and decides it
 *   floor BASE CLIENTS SECONDS   - the web stack's own floor on this machine: each client loops an authenticated
 *                                 GET of the incident types (HTTP Basic, the sign-in lockout check, Spring MVC,
 *                                 a small JSON answer, no recording work), so a crime's request can be compared
 *                                 with the cheapest request the application serves
 *   queue BASE INCIDENTS REQUESTS - opens INCIDENTS undecided incidents, then times the decision queue page
 * With APP_PID (the application's process) and PG_PID (PostgreSQL's postmaster) set, the loops also report the
 * CPU time each used per crime (per request for the floor) over the measured window, from /proc (PostgreSQL: the
 * postmaster and its children), and the load client's own CPU time.
 */
public class RecordingLoad {

    static final Pattern REFERENCE = Pattern.compile("\"reference\":\"(DS-\\d{8}-\\d{5,})\"");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[1];
        switch (args[0]) {
            case "write" -> write(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "first-contact" -> firstContact(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "floor" -> floor(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "queue" -> queue(base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("write, first-contact, floor or queue");
        }
    }

    /** Warms the server up (JIT, connection pool, remembered credentials) for 15 s, then measures. */
    static void write(String base, int clients, int seconds) throws Exception {
        measureWrites(base, clients, 15, false);
        measureWrites(base, clients, seconds, true);
    }

    static void measureWrites(String base, int clients, int seconds, boolean report) throws Exception {
        List<Long> transactions = Collections.synchronizedList(new ArrayList<>());
        List<Long> requests = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long[] cpuBefore = cpuTicks();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        runClients(clients, () -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try {
                    String reference = openIncident(base, Instant.now().minus(1, ChronoUnit.HOURS));
                    long afterOpen = System.nanoTime();
                    HttpResponse<String> decided = post(base + "/api/v1/incidents/" + reference + "/decision", "officer",
                            "{\"kind\":\"CRIMES_RECORDED\",\"informationBasis\":\"Victim confirmed by phone\",\"version\":0,"
                                    + "\"victims\":[{\"name\":\"Load Victim\"}],"
                                    + "\"offences\":[{\"classificationCode\":\"105A\",\"victims\":[0]}]}");
                    long done = System.nanoTime();
                    if (decided.statusCode() != 201) {
                        failures.incrementAndGet();
                        continue;
                    }
                    requests.add(afterOpen - start);
                    requests.add(done - afterOpen);
                    transactions.add(done - start);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        });
        if (!report) {
            return;
        }
        System.out.printf("write path: %d clients, %d s after a 15 s warm-up: %d crimes recorded (%.0f/s), %d failures%n", clients, seconds,
                transactions.size(), transactions.size() / (double) seconds, failures.get());
        System.out.println("  incident + decision + crime (2 requests): " + percentiles(transactions));
        System.out.println("  single request:                            " + percentiles(requests));
        cpuPerCrime(cpuBefore, transactions.size());
    }

    /** CPU clock ticks used so far by the application and by PostgreSQL, or null when their pids are not given. */
    static long[] cpuTicks() {
        String app = System.getenv("APP_PID");
        String postgres = System.getenv("PG_PID");
        if (app == null || postgres == null) {
            return null;
        }
        long appTicks = 0;
        long postgresTicks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat;
                try {
                    String line = Files.readString(process.resolve("stat"));
                    stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                } catch (Exception gone) {
                    continue;
                }
                String pid = process.getFileName().toString();
                long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime, stime
                if (pid.equals(app)) {
                    appTicks += ticks;
                } else if (pid.equals(postgres) || stat[1].equals(postgres)) {
                    postgresTicks += ticks;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new long[] {appTicks, postgresTicks, clientNanos()};
    }

    /** CPU time this load client has used so far. */
    static long clientNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Prints the CPU per crime since {@code before} (clock ticks of 10 ms, as Linux counts them for /proc). */
    static void cpuPerCrime(long[] before, int crimes) {
        long[] after = cpuTicks();
        if (before == null || crimes == 0) {
            return;
        }
        System.out.printf("  CPU per crime: application %.2f ms, PostgreSQL %.2f ms, load client %.2f ms; load average %s%n",
                (after[0] - before[0]) * 10.0 / crimes, (after[1] - before[1]) * 10.0 / crimes,
                (after[2] - before[2]) / 1e6 / crimes, loadAverage());
    }

    static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

    static void firstContact(String base, int clients, int seconds) throws Exception {
        measureFirstContact(base, clients, 15, false);
        measureFirstContact(base, clients, seconds, true);
    }

    static void measureFirstContact(String base, int clients, int seconds, boolean report) throws Exception {
        long[] cpuBefore = cpuTicks();
        Timed timed = loop(clients, seconds, () -> post(base + "/api/v1/incidents/first-contact", "officer", """
                {"incident":%s,"decision":{"kind":"CRIMES_RECORDED","informationBasis":"Victim confirmed by phone",
                 "victims":[{"name":"Load Victim"}],"offences":[{"classificationCode":"105A","victims":[0]}]}}"""
                .formatted(incident(Instant.now().minus(1, ChronoUnit.HOURS)))).statusCode() == 201);
        if (report) {
            System.out.printf("first contact: %d clients, %d s after a 15 s warm-up: %d crimes recorded (%.0f/s), %d failures%n",
                    clients, seconds, timed.requests().size(), timed.requests().size() / (double) seconds, timed.failures());
            System.out.println("  incident + decision + crime (1 request):  " + percentiles(timed.requests()));
            cpuPerCrime(cpuBefore, timed.requests().size());
        }
    }

    static void floor(String base, int clients, int seconds) throws Exception {
        measureFloor(base, clients, 15, false);
        measureFloor(base, clients, seconds, true);
    }

    static void measureFloor(String base, int clients, int seconds, boolean report) throws Exception {
        long[] cpuBefore = cpuTicks();
        String basic = Base64.getEncoder().encodeToString("officer:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpRequest types = HttpRequest.newBuilder(URI.create(base + "/api/v1/incidents/types"))
                .header("Authorization", "Basic " + basic).build();
        Timed timed = loop(clients, seconds, () -> HTTP.send(types, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        if (report) {
            System.out.printf("floor: %d clients, %d s after a 15 s warm-up: %d authenticated GETs (%.0f/s), %d failures%n",
                    clients, seconds, timed.requests().size(), timed.requests().size() / (double) seconds, timed.failures());
            System.out.println("  GET /api/v1/incidents/types:              " + percentiles(timed.requests()));
            cpuPerCrime(cpuBefore, timed.requests().size());
        }
    }

    /** The times of the requests that succeeded, and how many did not. */
    record Timed(List<Long> requests, long failures) {
    }

    /** Each client sends {@code request} again and again for {@code seconds}, timing each that answers as expected. */
    static Timed loop(int clients, int seconds, java.util.concurrent.Callable<Boolean> request) throws InterruptedException {
        List<Long> requests = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        runClients(clients, () -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try {
                    if (request.call()) {
                        requests.add(System.nanoTime() - start);
                    } else {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        });
        return new Timed(requests, failures.get());
    }

    static void queue(String base, int incidents, int samples) throws Exception {
        AtomicLong opened = new AtomicLong();
        runClients(8, () -> {
            while (opened.incrementAndGet() <= incidents) {
                try {
                    openIncident(base, Instant.now().minus((long) (Math.random() * 20 * 60), ChronoUnit.MINUTES));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String signIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signIn);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=crime.registrar&password=demo-password&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < samples + 10; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/decision-queue")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (page.statusCode() != 200 || !page.body().contains("Decision queue")) {
                throw new IllegalStateException("queue page answered " + page.statusCode());
            }
            if (i >= 10) {
                times.add(took);
            }
        }
        System.out.printf("decision queue page with %d+ undecided incidents, %d requests: %s%n", incidents, samples,
                percentiles(times));
    }

    static String openIncident(String base, Instant received) throws Exception {
        HttpResponse<String> response = post(base + "/api/v1/incidents", "call.handler", incident(received));
        Matcher reference = REFERENCE.matcher(response.body());
        if (response.statusCode() != 201 || !reference.find()) {
            throw new IllegalStateException("open incident answered " + response.statusCode() + ": " + response.body());
        }
        return reference.group(1);
    }

    static String incident(Instant received) {
        return """
                {"receivedAt":"%s","channel":"NON_EMERGENCY_101","reporterName":"Load Reporter","reporterRelation":"VICTIM",
                 "locationText":"1 Bench Street, Demoton","openingType":"ASSAULT","teamCode":"RESPONSE-A",
                 "narrative":"The caller says a man pushed her over outside the shop on Bench Street after an argument about a parking space; she has grazes to both hands and wants the police to speak to him. He left in a blue van towards the ring road."}"""
                .formatted(received);
    }

    static HttpResponse<String> post(String url, String user, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void runClients(int clients, Runnable client) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.execute(client);
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
