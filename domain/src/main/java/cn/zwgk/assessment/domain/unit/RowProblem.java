package cn.zwgk.assessment.domain.unit;

/** What can be wrong with one row of a unit import sheet; the pages show each in words. */
public enum RowProblem {
  CODE_INVALID,
  CODE_TAKEN,
  CODE_DUPLICATE,
  NAME_MISSING,
  NAME_INVALID,
  NAME_TAKEN,
  NAME_DUPLICATE,
  GROUP_UNKNOWN,
  USERNAME_INVALID,
  USERNAME_TAKEN,
  USERNAME_DUPLICATE,
  PASSWORD_WEAK
}
