package cn.zwgk.assessment.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * An open-loop load: requests are started at a fixed rate whatever the server's pace, each by one
 * of a pool of users that is free at that moment (a user sends one request at a time, as a browser
 * does). A request's time counts from when it was due, not from when a user got to it, so that a
 * server that falls behind shows in the percentiles. The rate steps up until the p95 passes a
 * limit.
 */
final class RateSteps<T> implements AutoCloseable {

  /** Past this many errors in a hundred a step fails whatever its times. */
  private static final double ERRORS_PERCENT = 1;

  /** The fewest requests in a step. */
  private static final int MIN_REQUESTS = 40;

  private final BlockingQueue<T> free;
  private final Predicate<T> request;
  private final ExecutorService pool;
  private int sent;

  /** {@code request} sends one request as the given user and tells whether it went well. */
  RateSteps(List<T> users, Predicate<T> request) {
    this.free = new LinkedBlockingQueue<>(users);
    this.request = request;
    this.pool = Executors.newFixedThreadPool(users.size());
  }

  /**
   * Steps the rate up from {@code start} by {@code factor} for {@code length} each (or long enough
   * for {@link #MIN_REQUESTS} requests), until a step's p95 passes {@code p95LimitMs} (or too many
   * fail, or {@code ceiling} is passed). A step over the limit is run once more before it counts,
   * since a shared machine has moments of its own. Returns the last rate that passed, 0 when none
   * did.
   */
  double maxRate(
      String name, double start, double factor, double ceiling, double p95LimitMs, Duration length)
      throws InterruptedException {
    double passed = 0;
    for (double rate = start; rate <= ceiling; rate *= factor) {
      if (!step(name, rate, p95LimitMs, length) && !step(name, rate, p95LimitMs, length)) {
        break;
      }
      passed = rate;
    }
    return passed;
  }

  private boolean step(String name, double rate, double p95LimitMs, Duration length)
      throws InterruptedException {
    Latencies step = run(rate, length.compareTo(least(rate)) < 0 ? least(rate) : length);
    sent += step.count();
    boolean ok = step.percentileMs(95) <= p95LimitMs && step.errorPercent() < ERRORS_PERCENT;
    System.out.printf(
        "  %s at %.1f/s: %s%s%n", name, rate, step.summary(), ok ? "" : "  <- over the limit");
    return ok;
  }

  /** A low rate's step lasts long enough for its p95 to be more than its slowest request. */
  private static Duration least(double rate) {
    return Duration.ofMillis((long) (MIN_REQUESTS * 1000 / rate));
  }

  /** How many requests {@link #maxRate} sent in all its steps. */
  int sent() {
    return sent;
  }

  /** Requests at {@code rate} a second for {@code length}; their times from when each was due. */
  Latencies run(double rate, Duration length) throws InterruptedException {
    Latencies times = new Latencies();
    AtomicInteger outstanding = new AtomicInteger();
    long interval = (long) (1e9 / rate);
    long start = System.nanoTime();
    long end = start + length.toNanos();
    for (long due = start; due < end; due += interval) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long scheduled = due;
      outstanding.incrementAndGet();
      pool.execute(
          () -> {
            boolean ok = false;
            try {
              T user = free.take();
              try {
                ok = request.test(user);
              } finally {
                free.add(user);
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              times.record(System.nanoTime() - scheduled, ok);
              outstanding.decrementAndGet();
            }
          });
    }
    long patience = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (outstanding.get() > 0 && System.nanoTime() < patience) {
      Thread.sleep(20);
    }
    return times;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
