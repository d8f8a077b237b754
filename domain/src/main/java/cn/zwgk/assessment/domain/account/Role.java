package cn.zwgk.assessment.domain.account;

/** The roles of DESIGN.md; their names are the security roles of pages, API and services. */
public enum Role {
  ADMIN,
  UNIT_USER,
  ASSESSOR,
  APPROVER,
  AUDITOR
}
