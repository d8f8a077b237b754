package cn.zwgk.assessment.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web benchmark: a generated year at its scoring deadline on the running server, and assessors
 * and unit clerks in browsers, driven over HTTP as a browser would (form login, the scoring page of
 * a 65-item unit, a score saved through the page's own Ajax form post) beside API clients (the
 * results of a closed year, HTTP Basic).
 *
 * <ol>
 *   <li>50 assessors with a second of thinking between requests (after a minute of the same, not
 *       measured): p50, p95, p99 and errors of the pages and of the API; and the live heap that
 *       their sessions hold after it, each having opened a page every three seconds;
 *   <li>500 clerks logged in at once, each with its self-assessment page open: the server's live
 *       heap before and after (full collections by {@code jcmd}), divided by 500;
 *   <li>the highest rate of page requests (open and save) whose p95 stays within 250 ms, rising
 *       step by step; and the baseline: the health check's p95 at about phase 1's rate, and its
 *       highest rate within the same limit; and the server's CPU time per request of both, which
 *       the other programs on the machine do not change.
 * </ol>
 *
 * <p>The machine is shared and noisy, so the times are also given as ratios against the health
 * check measured in the same run. Arguments: {@code --api URL --jdbc URL --user U --password P
 * --server-pid PID}, optionally {@code --units --assessors --clerks --seconds --warm-up-seconds
 * --step-seconds}.
 */
public final class WebBenchmark {

  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
  private static final String PASSWORD = "Demo@2026";
  private static final int CLOSED_YEAR = 2016;
  private static final int YEAR = 2017;
  private static final int UNITS_EACH = 2;
  private static final double PAGE_P95_LIMIT_MS = 250;

  /** The health check's rate when its p95 is the baseline: about phase 1's rate of requests. */
  private static final int BASELINE_RATE = 50;

  private static final Pattern LIVE_BYTES = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String base = options.get("api").replaceFirst("/$", "");
    int assessors = Integer.parseInt(options.getOrDefault("assessors", "50"));
    int clerks = Integer.parseInt(options.getOrDefault("clerks", "500"));
    int units = Integer.parseInt(options.getOrDefault("units", "650"));
    Duration phase = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60")));
    Duration warmUp =
        Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "60")));
    Duration step = Duration.ofSeconds(Long.parseLong(options.getOrDefault("step-seconds", "5")));
    long serverPid = Long.parseLong(options.get("server-pid"));
    Api api = new Api(base, "admin", PASSWORD);
    api.awaitHealth(Duration.ofMinutes(3));

    WebYear.People people;
    try (Connection db =
        DriverManager.getConnection(
            options.get("jdbc"),
            options.getOrDefault("user", "root"),
            options.getOrDefault("password", ""))) {
      db.setAutoCommit(false);
      db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      long started = System.nanoTime();
      YearGenerator generator = new YearGenerator(db, api, CLOSED_YEAR);
      int allUnits = generator.ensureUnits(units);
      generator.fillYear(CLOSED_YEAR);
      close(api, CLOSED_YEAR);
      generator.fillYear(YEAR);
      people = new WebYear(db).atDeadline(YEAR, assessors, UNITS_EACH, clerks);
      System.out.printf(
          "generated: %d units, year %d closed, year %d at its scoring deadline, %d assessors,"
              + " %d clerks in %.1f s%n",
          allUnits, CLOSED_YEAR, YEAR, assessors, clerks, (System.nanoTime() - started) / 1e9);
    }

    HttpClient client = WebUser.client();
    List<Assessor> team = new ArrayList<>();
    people
        .assessors()
        .forEach(
            (name, own) -> team.add(new Assessor(new WebUser(client, base, name, PASSWORD), own)));
    // The first assessor and the first clerk go first, so that what the server sets up once
    // (compiled pages, caches) is in the heap before it is measured, and not counted as sessions'.
    Assessor first = team.get(0);
    WebUser firstClerk = new WebUser(client, base, people.clerks().get(0), PASSWORD);
    if (!(first.user.logIn(new Latencies())
        && first.open(new Latencies())
        && first.user.saveScore(new Latencies())
        && first.user.api("/api/cycles/" + CLOSED_YEAR + "/results", new Latencies())
        && firstClerk.logIn(new Latencies())
        && firstClerk.openSelfPage(YEAR, new Latencies()))) {
      throw new IllegalStateException(
          "the first assessor or clerk could not work: see the server log");
    }
    long beforeTeam = liveHeap(serverPid);
    Latencies logins = new Latencies();
    parallel(
        team.subList(1, team.size()),
        8,
        a -> a.user.logIn(logins) && a.open(new Latencies()) && a.user.saveScore(new Latencies()));
    System.out.printf("assessors logged in: %s%n", logins.summary());

    // Phase 1: 50 users thinking a second between requests, after as long again unmeasured: the
    // server compiles its hot code in the first minute, which a server at work has done long ago.
    String results = "/api/cycles/" + CLOSED_YEAR + "/results";
    work(team, results, warmUp, new Latencies(), new Latencies());
    Latencies pages = new Latencies();
    Latencies apis = new Latencies();
    Latencies health = new Latencies();
    WebUser probe = new WebUser(client, base, "anonymous", "");
    long end = System.nanoTime() + phase.toNanos();
    Thread prober =
        new Thread(
            () -> {
              while (System.nanoTime() < end) {
                probe.anonymous("/api/health", health);
                think(100);
              }
            });
    prober.start();
    work(team, results, phase, pages, apis);
    prober.join();
    System.out.printf("phase 1, %d users, 1 s think time, %d s:%n", team.size(), phase.toSeconds());
    System.out.printf("  page (open + save): %s%n", pages.summary());
    System.out.printf("  api (results):      %s%n", apis.summary());
    System.out.printf("  health meanwhile:   %s%n", health.summary());

    // Phase 2: 500 sessions held at once.
    long before = liveHeap(serverPid);
    double assessorKb = (before - beforeTeam) / 1024.0 / (team.size() - 1);
    System.out.printf(
        "  live heap %.1f MB before the assessors logged in, %.1f MB after phase 1: %.0f KB a session%n",
        beforeTeam / 1048576.0, before / 1048576.0, assessorKb);
    List<WebUser> clerkUsers = new ArrayList<>();
    people.clerks().stream()
        .skip(1)
        .forEach(name -> clerkUsers.add(new WebUser(client, base, name, PASSWORD)));
    Latencies clerkTimes = new Latencies();
    int held =
        parallel(clerkUsers, 8, u -> u.logIn(clerkTimes) && u.openSelfPage(YEAR, clerkTimes));
    long after = liveHeap(serverPid);
    double sessionKb = (after - before) / 1024.0 / clerkUsers.size();
    System.out.printf(
        "phase 2, %d sessions (%d logged in with their page open): live heap %.1f MB -> %.1f MB; login and page %s%n",
        clerkUsers.size() + 1,
        held + 1,
        before / 1048576.0,
        after / 1048576.0,
        clerkTimes.summary());

    // Phase 3: the highest rate within the limit, the page's and the baseline's.
    double healthMax;
    double healthCpuMs;
    double pageCpuMs;
    Latencies quiet;
    List<WebUser> anonymous = new ArrayList<>();
    for (int i = 0; i < team.size(); i++) {
      anonymous.add(new WebUser(client, base, "anonymous", ""));
    }
    try (RateSteps<WebUser> steps =
        new RateSteps<>(anonymous, u -> u.anonymous("/api/health", new Latencies()))) {
      quiet = steps.run(BASELINE_RATE, step.multipliedBy(2));
      System.out.printf("  health at %d/s (baseline): %s%n", BASELINE_RATE, quiet.summary());
      long cpu = cpuNanos(serverPid);
      healthMax = steps.maxRate("health", BASELINE_RATE, 1.5, 20_000, PAGE_P95_LIMIT_MS, step);
      healthCpuMs = (cpuNanos(serverPid) - cpu) / 1e6 / steps.sent();
    }
    double pageMax;
    try (RateSteps<Assessor> steps = new RateSteps<>(team, Assessor::next)) {
      long cpu = cpuNanos(serverPid);
      pageMax = steps.maxRate("page", 2, 1.3, 5_000, PAGE_P95_LIMIT_MS, step);
      pageCpuMs = (cpuNanos(serverPid) - cpu) / 1e6 / steps.sent();
    }

    int requests = pages.count() + apis.count();
    double errors = requests == 0 ? 100 : 100.0 * (pages.errors() + apis.errors()) / requests;
    double baseline = quiet.percentileMs(95);
    System.out.printf("page-p50-ms: %.1f%n", pages.percentileMs(50));
    System.out.printf("page-p99-ms: %.1f%n", pages.percentileMs(99));
    System.out.printf("api-p50-ms: %.1f%n", apis.percentileMs(50));
    System.out.printf("api-p99-ms: %.1f%n", apis.percentileMs(99));
    System.out.printf("baseline-health-p95-ms: %.1f%n", baseline);
    System.out.printf("baseline-health-max-rps: %.0f%n", healthMax);
    System.out.printf("assessor-session-kb: %.1f%n", assessorKb);
    System.out.printf("page-cpu-ms: %.1f%n", pageCpuMs);
    System.out.printf("baseline-health-cpu-ms: %.2f%n", healthCpuMs);
    System.out.printf("page-cpu-ratio: %.0f%n", pageCpuMs / healthCpuMs);
    System.out.printf("page-p95-ratio: %.1f%n", pages.percentileMs(95) / baseline);
    System.out.printf("api-p95-ratio: %.1f%n", apis.percentileMs(95) / baseline);
    System.out.printf("page-max-rps-ratio: %.3f%n", healthMax == 0 ? 0 : pageMax / healthMax);
    System.out.printf("page-p95-ms: %.1f%n", pages.percentileMs(95));
    System.out.printf("api-p95-ms: %.1f%n", apis.percentileMs(95));
    System.out.printf("errors-percent: %.2f%n", errors);
    System.out.printf("session-kb: %.1f%n", sessionKb);
    System.out.printf("page-max-rps: %.1f%n", pageMax);
  }

  /** An assessor with the units assigned, opening and scoring them in turn. */
  private static final class Assessor {
    private final WebUser user;
    private final List<String> units;
    private int next;

    Assessor(WebUser user, List<String> units) {
      this.user = user;
      this.units = units;
    }

    boolean open(Latencies times) {
      return user.openScorePage(YEAR, units.get(next++ % units.size()), times);
    }

    /**
     * The next page request of an assessor at work: open a unit's page, then save a score on it.
     */
    boolean next() {
      return user.hasOpenScorePage() ? user.saveScore(new Latencies()) : open(new Latencies());
    }
  }

  /** Runs {@code work} for every item on {@code threads} threads; returns how many succeeded. */
  /**
   * Every assessor, for {@code time}: opens a unit's scoring page, saves a score through it and
   * reads the results over the API, thinking a second between requests.
   */
  private static void work(
      List<Assessor> team, String results, Duration time, Latencies pages, Latencies apis)
      throws InterruptedException {
    long end = System.nanoTime() + time.toNanos();
    parallel(
        team,
        team.size(),
        a -> {
          think(ThreadLocalRandom.current().nextInt(1000));
          while (System.nanoTime() < end) {
            if (a.open(pages)) {
              think(1000);
              a.user.saveScore(pages);
            }
            think(1000);
            a.user.api(results, apis);
            think(1000);
          }
          return true;
        });
  }

  private static <T> int parallel(List<T> items, int threads, Predicate<T> work)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<Boolean>> done = new ArrayList<>();
    for (T item : items) {
      done.add(pool.submit(() -> work.test(item)));
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    int succeeded = 0;
    for (var f : done) {
      try {
        succeeded += f.get() ? 1 : 0;
      } catch (java.util.concurrent.ExecutionException e) {
        e.getCause().printStackTrace();
      }
    }
    return succeeded;
  }

  /** Closes a year with the real close job and waits for it. */
  private static void close(Api api, int year) throws IOException, InterruptedException {
    long execution =
        api.post("/api/cycles/" + year + "/close", "", 202)
            .getJsonNumber("executionId")
            .longValue();
    JsonObject job;
    do {
      Thread.sleep(200);
      job = api.get("/api/jobs/" + execution);
    } while (!ENDED.contains(job.getString("status")));
    if (!job.getString("status").equals("COMPLETED")) {
      throw new IllegalStateException("the close of " + year + " ended " + job);
    }
  }

  /**
   * The bytes of live objects in the server's heap: {@code jcmd GC.class_histogram} collects the
   * whole heap first, so only what is reachable is counted.
   */
  private static long liveHeap(long pid) throws IOException, InterruptedException {
    String jcmd = System.getProperty("java.home") + "/bin/jcmd";
    Process p =
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher m = LIVE_BYTES.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException(
          "jcmd answered no heap total: " + out.lines().limit(5).toList());
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * The CPU time that the server's process has used so far (user and system, from {@code
   * /proc/PID/stat} in clock ticks of 10 ms): what a request costs, whatever else the shared
   * machine runs meanwhile.
   */
  private static long cpuNanos(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
  }

  private static void think(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }
}
