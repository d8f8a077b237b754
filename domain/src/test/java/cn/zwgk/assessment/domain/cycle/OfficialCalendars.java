package cn.zwgk.assessment.domain.cycle;

/** The State Council's holiday notices for 2025 and 2026, as the office would type them. */
final class OfficialCalendars {

  static final String HOLIDAYS =
      """
      2025-01-01
      2025-01-28~2025-02-04
      2025-04-04~2025-04-06
      2025-05-01~2025-05-05
      2025-05-31~2025-06-02
      2025-10-01~2025-10-08
      2026-01-01~2026-01-03
      2026-02-15~2026-02-23
      2026-04-04~2026-04-06
      2026-05-01~2026-05-05
      2026-06-19~2026-06-21
      2026-09-25~2026-09-27
      2026-10-01~2026-10-07""";

  static final String WORKDAYS =
      """
      2025-01-26
      2025-02-08
      2025-04-27
      2025-09-28
      2025-10-11
      2026-01-04
      2026-02-14
      2026-02-28
      2026-05-09
      2026-09-20
      2026-10-10""";

  static final WorkingCalendar CALENDAR = WorkingCalendar.parse(HOLIDAYS, WORKDAYS);

  private OfficialCalendars() {}
}
