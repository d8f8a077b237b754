package cn.zwgk.assessment.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the services refuse, for pages and API alike. It carries a message key (worded in the
 * web module's message bundles, in the caller's language) and its arguments; the transaction is
 * rolled back, so a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

  /**
   * The kinds of refusal. Where several apply, API.md's order decides which is given: FORBIDDEN,
   * NOT_FOUND, BAD_INPUT, CONFLICT; the checks are made in that order.
   */
  public enum Kind {
    BAD_INPUT,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    /** Not the request's fault: the database is out of reach; the same request may be retried. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String key;
  private final List<Object> args;
  private final List<Detail> details;

  public Refusal(Kind kind, String key, Object... args) {
    this(kind, key, List.of(args), List.of());
  }

  private Refusal(Kind kind, String key, List<Object> args, List<Detail> details) {
    super(key);
    this.kind = kind;
    this.key = key;
    this.args = args;
    this.details = details;
  }

  /** One thing that stands in the way, worded like a refusal: a message key and its arguments. */
  public record Detail(String key, List<Object> args) {

    public static Detail of(String key, Object... args) {
      return new Detail(key, List.of(args));
    }
  }

  /** The same refusal with the list of what exactly stands in the way (e.g. units not approved). */
  public Refusal withDetails(List<Detail> details) {
    return new Refusal(kind, key, args, List.copyOf(details));
  }

  public static Refusal badInput(String key, Object... args) {
    return new Refusal(Kind.BAD_INPUT, key, args);
  }

  public static Refusal forbidden(String key, Object... args) {
    return new Refusal(Kind.FORBIDDEN, key, args);
  }

  public static Refusal notFound(String key, Object... args) {
    return new Refusal(Kind.NOT_FOUND, key, args);
  }

  public static Refusal conflict(String key, Object... args) {
    return new Refusal(Kind.CONFLICT, key, args);
  }

  public static Refusal unavailable(String key, Object... args) {
    return new Refusal(Kind.UNAVAILABLE, key, args);
  }

  public Kind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }

  public List<Detail> details() {
    return details;
  }
}
