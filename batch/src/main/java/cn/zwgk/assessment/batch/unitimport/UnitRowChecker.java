package cn.zwgk.assessment.batch.unitimport;

import cn.zwgk.assessment.domain.account.PasswordHasher;
import cn.zwgk.assessment.domain.account.PasswordPolicy;
import cn.zwgk.assessment.domain.unit.RowProblem;
import cn.zwgk.assessment.domain.unit.UnitSheetLayout;
import cn.zwgk.assessment.domain.unit.UnitSheetRow;
import cn.zwgk.assessment.domain.unit.UnitSheetRules;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/**
 * Checks one row on its own and against the database, and turns it into a staged row. The password
 * is hashed here: the staging table never holds it in clear.
 */
@Named
@Dependent
public class UnitRowChecker implements ItemProcessor {

  private static final PasswordHasher HASHER = new PasswordHasher();

  @Inject private JobContext job;
  @PersistenceContext private EntityManager em;

  @Override
  public Object processItem(Object item) {
    SheetRow row = (SheetRow) item;
    String code = row.cell(UnitSheetLayout.CODE);
    String name = row.cell(UnitSheetLayout.NAME);
    String group = row.cell(UnitSheetLayout.GROUP);
    String username = row.cell(UnitSheetLayout.USERNAME);
    if (username == null) {
      username = code;
    }
    String password = row.rawCell(UnitSheetLayout.PASSWORD);
    Set<RowProblem> problems = UnitSheetRules.check(code, name, group, username, password);
    if (code != null && exists("select count(u) from AssessedUnit u where u.code = :v", code)) {
      problems.add(RowProblem.CODE_TAKEN);
    }
    if (name != null && exists("select count(u) from AssessedUnit u where u.name = :v", name)) {
      problems.add(RowProblem.NAME_TAKEN);
    }
    if (username != null
        && exists("select count(a) from UserAccount a where a.username = :v", username)) {
      problems.add(RowProblem.USERNAME_TAKEN);
    }
    String hash =
        PasswordPolicy.isAcceptable(password) ? HASHER.hash(password.toCharArray()) : null;
    UnitSheetRow staged =
        new UnitSheetRow(
            job.getInstanceId(),
            row.rowNumber(),
            clip(code),
            clip(name),
            clip(group),
            clip(username),
            hash);
    staged.addProblems(problems);
    return staged;
  }

  private boolean exists(String jpql, String value) {
    return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
  }

  /**
   * Staged text is kept for the report only; anything longer than a column is already a problem.
   */
  private static String clip(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 200);
  }
}
