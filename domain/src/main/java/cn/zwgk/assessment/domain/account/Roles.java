package cn.zwgk.assessment.domain.account;

/** The role names as constants, for {@code @RolesAllowed} and {@code web.xml}; see {@link Role}. */
public final class Roles {

  public static final String ADMIN = "ADMIN";
  public static final String UNIT_USER = "UNIT_USER";
  public static final String ASSESSOR = "ASSESSOR";
  public static final String APPROVER = "APPROVER";
  public static final String AUDITOR = "AUDITOR";

  private Roles() {}
}
