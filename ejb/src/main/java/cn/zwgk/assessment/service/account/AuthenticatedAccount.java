package cn.zwgk.assessment.service.account;

import cn.zwgk.assessment.domain.account.Role;
import java.io.Serializable;

/** The caller that a successful login establishes. {@code unitCode} is set for UNIT_USER only. */
public record AuthenticatedAccount(
    String username, String displayName, Role role, String unitCode, boolean mustChangePassword)
    implements Serializable {}
