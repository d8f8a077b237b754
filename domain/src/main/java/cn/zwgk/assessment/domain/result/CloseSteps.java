package cn.zwgk.assessment.domain.result;

import cn.zwgk.assessment.domain.Refusal;
import java.util.List;

/**
 * The parts of the year-end close that change the year as a whole, implemented by the services and
 * called by the close job.
 */
public interface CloseSteps {

  /**
   * Checks that every unit is approved and nothing awaits approval; if so, freezes the year (the
   * cycle closing, every assessment final) and returns nothing; else changes nothing and returns
   * what is missing. A cycle frozen by an earlier run of the same close is left as it is.
   */
  List<Refusal.Detail> checkAndFreeze(int year, String actor);

  /** The cycle becomes CLOSED: results complete. */
  void finish(int year, String actor);
}
