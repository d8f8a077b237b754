package cn.zwgk.assessment.service.importing;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.RowProblem;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.domain.unit.UnitImportSteps;
import cn.zwgk.assessment.domain.unit.UnitSheetLayout;
import cn.zwgk.assessment.domain.unit.UnitSheetRow;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.job.JobMonitor;
import cn.zwgk.assessment.service.job.JobStatus;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Imports units and their clerks' accounts from an .xlsx sheet through the {@code unit-import}
 * batch job. The sheet is checked as a file here; its rows are checked by the job, which imports
 * nothing when any row is bad.
 */
@Stateless
@LocalBean
@Local(UnitImportSteps.class)
public class UnitImportService implements UnitImportSteps {

  public static final String JOB = "unit-import";
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  @PersistenceContext private EntityManager em;
  @Inject private AppSettings settings;
  @EJB private AuditTrail audit;
  @EJB private Caller caller;
  @EJB private JobMonitor jobs;

  /**
   * Checks the upload, stores it outside the web root and starts the job; returns its execution.
   */
  @RolesAllowed(Roles.ADMIN)
  public long start(String fileName, byte[] content) {
    checkSheet(fileName, content);
    Path file = settings.dataDir().resolve("imports").resolve(UUID.randomUUID() + ".xlsx");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Properties parameters = new Properties();
    parameters.setProperty("file", file.toString());
    parameters.setProperty("actor", caller.name());
    long executionId = BatchRuntime.getJobOperator().start(JOB, parameters);
    audit.record(
        new AuditRecord(
            caller.name(),
            "UNIT_IMPORT_STARTED",
            "job:" + executionId,
            null,
            null,
            fileName,
            null));
    return executionId;
  }

  /**
   * The job's status, then its problem rows: read in that order, a finished status never comes with
   * the rows as they were before the cross-check marked its duplicates.
   */
  @RolesAllowed(Roles.ADMIN)
  public ImportOutcome outcome(long executionId) {
    JobStatus status = jobs.status(executionId);
    long instanceId = BatchRuntime.getJobOperator().getJobInstance(executionId).getInstanceId();
    List<UnitSheetRow> problems =
        em.createNamedQuery("UnitSheetRow.withProblems", UnitSheetRow.class)
            .setParameter("jobInstanceId", instanceId)
            .getResultList();
    return new ImportOutcome(status, problems);
  }

  @Override
  @PermitAll
  public long markDuplicates(long jobInstanceId) {
    List<UnitSheetRow> rows = stagedRows(jobInstanceId);
    markDuplicates(rows, UnitSheetRow::getCode, RowProblem.CODE_DUPLICATE);
    markDuplicates(rows, UnitSheetRow::getName, RowProblem.NAME_DUPLICATE);
    markDuplicates(rows, UnitSheetRow::getUsername, RowProblem.USERNAME_DUPLICATE);
    return rows.stream().filter(r -> !r.isClean()).count();
  }

  @Override
  @PermitAll
  public int apply(long jobInstanceId, String actor) {
    List<UnitSheetRow> rows = stagedRows(jobInstanceId);
    if (rows.stream().anyMatch(r -> !r.isClean())) {
      throw new IllegalStateException("a sheet with problems reached the import step");
    }
    Map<UnitGroup, Integer> lastPosition = new EnumMap<>(UnitGroup.class);
    for (UnitSheetRow row : rows) {
      UnitGroup group = row.getUnitGroup();
      int position =
          lastPosition.computeIfAbsent(
                  group,
                  g ->
                      em.createNamedQuery("AssessedUnit.lastPosition", Integer.class)
                          .setParameter("group", g)
                          .getSingleResult())
              + 1;
      lastPosition.put(group, position);
      AssessedUnit unit = new AssessedUnit(row.getCode(), row.getName(), group, position);
      em.persist(unit);
      em.persist(
          UserAccount.ofUnit(row.getUsername(), unit, row.getPasswordHash())
              .requirePasswordChange());
      audit.record(
          new AuditRecord(
              actor,
              "UNIT_CREATED",
              "unit:" + unit.getCode(),
              unit.getCode(),
              null,
              unit.getName() + " / " + group.name(),
              "import job instance " + jobInstanceId));
      audit.record(
          new AuditRecord(
              actor,
              "ACCOUNT_CREATED",
              "account:" + row.getUsername(),
              unit.getCode(),
              null,
              "UNIT_USER",
              "import job instance " + jobInstanceId));
    }
    rows.forEach(em::remove);
    return rows.size();
  }

  private List<UnitSheetRow> stagedRows(long jobInstanceId) {
    return em.createNamedQuery("UnitSheetRow.ofJob", UnitSheetRow.class)
        .setParameter("jobInstanceId", jobInstanceId)
        .getResultList();
  }

  private static void markDuplicates(
      List<UnitSheetRow> rows, Function<UnitSheetRow, String> key, RowProblem problem) {
    Map<String, List<UnitSheetRow>> byKey = new HashMap<>();
    for (UnitSheetRow row : rows) {
      String value = key.apply(row);
      if (value != null) {
        // Codes and usernames differ only in case are the same on a case-insensitive database.
        byKey.computeIfAbsent(value.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
      }
    }
    byKey.values().stream()
        .filter(same -> same.size() > 1)
        .flatMap(List::stream)
        .forEach(row -> row.addProblems(EnumSet.of(problem)));
  }

  /** An .xlsx that is what it claims, within the size limit, with the expected header row. */
  private void checkSheet(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw Refusal.badInput("import.empty");
    }
    if (content.length > settings.importMaxBytes()) {
      throw Refusal.badInput("import.tooLarge", settings.importMaxBytes() / (1024 * 1024));
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw Refusal.badInput("import.notXlsx");
    }
    for (int i = 0; i < ZIP_MAGIC.length; i++) {
      if (content.length <= i || content[i] != ZIP_MAGIC[i]) {
        throw Refusal.badInput("import.notXlsx");
      }
    }
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      DataFormatter formatter = new DataFormatter();
      List<String> headers =
          IntStream.range(0, UnitSheetLayout.HEADERS.size())
              .mapToObj(
                  c -> header == null ? "" : formatter.formatCellValue(header.getCell(c)).strip())
              .toList();
      if (!headers.equals(UnitSheetLayout.HEADERS)) {
        throw Refusal.badInput("import.badHeader", String.join("、", UnitSheetLayout.HEADERS));
      }
      if (sheet.getLastRowNum() <= sheet.getFirstRowNum()) {
        throw Refusal.badInput("import.noRows");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Refusal refusal) {
        throw refusal;
      }
      throw Refusal.badInput("import.notXlsx");
    }
  }
}
