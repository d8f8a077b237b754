package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.account.Role;
import cn.zwgk.assessment.domain.account.UserAccount;
import java.io.Serializable;

/** The caller that a successful login establishes. {@code unitCode} is set for UNIT_USER only. */
public record AuthenticatedAccount(
    String username, String displayName, Role role, String unitCode, boolean mustChangePassword)
    implements Serializable {

  public static AuthenticatedAccount of(UserAccount a) {
    return new AuthenticatedAccount(
        a.getUsername(),
        a.getDisplayName(),
        a.getRole(),
        a.getUnit() == null ? null : a.getUnit().getCode(),
        a.isMustChangePassword());
  }
}
