package cn.zwgk.assessment.service.assignment;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Role;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.assignment.AssessorAssignment;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which assessor scores which units. An assignment holds for every cycle until an administrator
 * changes it; an assessor scores only its units.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AssignmentService {

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  /** Every assessor account, by username. */
  public List<UserAccount> assessors() {
    return em.createQuery(
            "select a from UserAccount a where a.role = :role order by a.username",
            UserAccount.class)
        .setParameter("role", Role.ASSESSOR)
        .getResultList();
  }

  /** The unit codes assigned to an assessor. */
  public Set<String> unitsOf(String assessor) {
    requireAssessor(assessor, LockModeType.NONE);
    return codes(assignmentsOf(assessor));
  }

  private List<AssessorAssignment> assignmentsOf(String assessor) {
    return em.createNamedQuery("AssessorAssignment.ofAssessor", AssessorAssignment.class)
        .setParameter("username", assessor)
        .getResultList();
  }

  private static Set<String> codes(List<AssessorAssignment> assignments) {
    return assignments.stream()
        .map(a -> a.getUnit().getCode())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Replaces an assessor's units with the given ones; unknown codes are refused, nothing changes.
   * {@code previous} are the units as the caller read them: if they are not the assessor's units
   * now, someone changed them meanwhile and the change is refused (409), so that no one's change is
   * lost. Changes to one assessor's units are made one after another (its account row is locked).
   * Refusals come in the API's order: an unknown assessor (404) before a missing list or an unknown
   * unit (400), those before a change made meanwhile (409).
   */
  public Set<String> assign(
      String assessor, Collection<String> previous, Collection<String> unitCodes) {
    UserAccount account = requireAssessor(assessor, LockModeType.PESSIMISTIC_WRITE);
    if (unitCodes == null || previous == null) {
      throw Refusal.badInput("json.malformed");
    }
    Map<String, AssessedUnit> units =
        em.createNamedQuery("AssessedUnit.all", AssessedUnit.class).getResultList().stream()
            .collect(Collectors.toMap(AssessedUnit::getCode, Function.identity()));
    Set<String> wanted = new LinkedHashSet<>(unitCodes);
    List<String> unknown = wanted.stream().filter(code -> !units.containsKey(code)).toList();
    if (!unknown.isEmpty()) {
      throw Refusal.badInput("unit.notFound", String.join(", ", unknown));
    }
    List<AssessorAssignment> current = assignmentsOf(assessor);
    Set<String> before = codes(current);
    if (!before.equals(new TreeSet<>(previous))) {
      throw Refusal.conflict("assign.stale", account.getDisplayName());
    }
    current.stream().filter(a -> !wanted.contains(a.getUnit().getCode())).forEach(em::remove);
    wanted.stream()
        .filter(code -> !before.contains(code))
        .forEach(code -> em.persist(new AssessorAssignment(account, units.get(code))));
    Set<String> after = new TreeSet<>(wanted);
    if (!after.equals(before)) {
      audit.log(
          "ASSIGNMENT_CHANGED",
          "assignment:" + assessor,
          null,
          String.join(",", before),
          String.join(",", after),
          null);
    }
    return after;
  }

  private UserAccount requireAssessor(String username, LockModeType lock) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", username)
        .setLockMode(lock)
        .getResultStream()
        .filter(a -> a.getRole() == Role.ASSESSOR)
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("assessor.notFound", username));
  }
}
