package cn.zwgk.assessment.domain.account;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static cn.zwgk.assessment.domain.RefusalAssert.assertForbidden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAdministrationTest {

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"UNIT_USER", "ASSESSOR", "APPROVER"})
  void theAdministratorHandsOutTheBusinessRoles(Role role) {
    assertThatNoException().isThrownBy(() -> AccountAdministration.requireManaged(role));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"ADMIN", "AUDITOR"})
  void butNotTheRolesOfTheThreeOfficers(Role role) {
    assertForbidden(() -> AccountAdministration.requireManaged(role), "account.roleNotManaged");
  }

  @Test
  void everyRoleIsEitherManagedOrOneOfTheThreeOfficers() {
    for (Role role : Role.values()) {
      assertThat(
              AccountAdministration.MANAGED.contains(role)
                  ^ (role == Role.ADMIN || role == Role.AUDITOR))
          .as(role.name())
          .isTrue();
    }
  }

  @Test
  void notTheAdministratorsOwnAccount() {
    assertForbidden(() -> AccountAdministration.requireNotOwn("admin", "admin"), "account.notOwn");
    assertThatNoException().isThrownBy(() -> AccountAdministration.requireNotOwn("admin", "li"));
  }

  @ParameterizedTest
  @CsvSource({
    "UNIT_USER, UNIT_USER",
    "assessor, ASSESSOR",
    " approver , APPROVER",
    "Admin, ADMIN",
    "AUDITOR, AUDITOR"
  })
  void rolesByName(String name, Role role) {
    assertThat(AccountAdministration.role(name)).isEqualTo(role);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ROOT", "ADMIN,AUDITOR", "ASSESSOR+ADMIN", "UNIT USER", "管理员"})
  void unknownRolesAreRefused(String name) {
    assertBadInput(() -> AccountAdministration.role(name), "account.roleUnknown");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aRoleIsRequired(String name) {
    assertBadInput(() -> AccountAdministration.role(name), "account.roleRequired");
  }

  @Test
  void aClerkNeedsAUnitAndNobodyElseHasOne() {
    assertThatNoException()
        .isThrownBy(() -> AccountAdministration.checkNew("wang.li", Role.UNIT_USER, "wenwu"));
    assertThatNoException()
        .isThrownBy(() -> AccountAdministration.checkNew("wang.li", Role.ASSESSOR, null));
    assertBadInput(
        () -> AccountAdministration.checkNew("wang.li", Role.UNIT_USER, null),
        "account.unitRequired");
    assertBadInput(
        () -> AccountAdministration.checkNew("wang.li", Role.UNIT_USER, " "),
        "account.unitRequired");
    assertBadInput(
        () -> AccountAdministration.checkNew("wang.li", Role.APPROVER, "wenwu"),
        "account.unitOnlyForClerks");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"a b", "王力", "x' OR '1'='1", "../admin", "<script>"})
  void malformedUsernamesAreRefused(String username) {
    assertBadInput(
        () -> AccountAdministration.checkNew(username, Role.ASSESSOR, null),
        "account.usernameInvalid");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"short1A", "alllowercase", "ALLUPPER123", "12345678901"})
  void anInitialPasswordMeetsThePolicy(String password) {
    assertBadInput(() -> AccountAdministration.checkInitialPassword(password), "password.weak");
  }

  @Test
  void generatedPasswordsMeetThePolicyAndDiffer() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String password = AccountAdministration.generatePassword(random);
      assertThat(password).hasSize(AccountAdministration.GENERATED_LENGTH);
      assertThat(PasswordPolicy.isAcceptable(password)).as(password).isTrue();
      assertThat(password).doesNotContain("0", "O", "1", "l", "I");
      seen.add(password);
    }
    assertThat(seen).hasSize(2000);
  }
}
