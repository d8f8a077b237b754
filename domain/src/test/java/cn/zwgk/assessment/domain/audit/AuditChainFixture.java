package cn.zwgk.assessment.domain.audit;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds audit chains without a database: the head and events as JPA would load them. */
final class AuditChainFixture {

  static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 9, 30, 0);

  /** The key of the tests' chains. */
  static final AuditKey KEY = AuditKey.of("the audit key of the unit tests");

  private AuditChainFixture() {}

  /** The head as the first migration creates it: id 1, nothing appended yet. */
  static AuditChainHead newHead() {
    try {
      var constructor = AuditChainHead.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      AuditChainHead head = constructor.newInstance();
      set(head, "id", AuditChainHead.ID);
      set(head, "lastSeq", 0L);
      set(head, "lastHash", "0".repeat(64));
      return head;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static AuditRecord record(int i) {
    return new AuditRecord(
        "assessor" + (i % 3),
        "SCORE",
        "item/" + i,
        i % 2 == 0 ? "chengguan" : null,
        i % 4 == 0 ? null : Integer.toString(i),
        Integer.toString(i + 1),
        i % 5 == 0 ? null : "理由 " + i);
  }

  /** Appends {@code count} records to {@code head}, one minute apart. */
  static List<AuditEvent> append(AuditChainHead head, int count) {
    List<AuditEvent> events = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      events.add(head.append(record(i), START.plusMinutes(i), KEY));
    }
    return events;
  }

  /** Runs the check as the verification job does: every event in order, then the head. */
  static AuditChainCheck check(List<AuditEvent> events, AuditChainHead head) {
    AuditChainCheck check = new AuditChainCheck(KEY);
    events.forEach(check::accept);
    check.acceptHead(head);
    return check;
  }

  /** Changes a stored field behind the application's back, as an UPDATE in the database would. */
  static void set(Object target, String fieldName, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(fieldName);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
