package cn.zwgk.assessment.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of an uploaded unit sheet, staged by the import job while it checks the whole sheet.
 * Nothing reaches the units and accounts until every row is clean.
 */
@Entity
@Table(name = "unit_sheet_row")
@NamedQuery(
    name = "UnitSheetRow.ofJob",
    query =
        "select r from UnitSheetRow r where r.jobInstanceId = :jobInstanceId order by r.rowNumber")
@NamedQuery(
    name = "UnitSheetRow.withProblems",
    query =
        "select r from UnitSheetRow r where r.jobInstanceId = :jobInstanceId and r.problems <> ''"
            + " order by r.rowNumber")
public class UnitSheetRow implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  /** The job instance: a restarted import keeps the rows that its first execution staged. */
  @Column(name = "job_instance_id", nullable = false)
  private long jobInstanceId;

  /** The row number as the spreadsheet program shows it (the header is row 1). */
  @Column(name = "sheet_row", nullable = false)
  private int rowNumber;

  @Column(length = 200)
  private String code;

  @Column(length = 200)
  private String name;

  @Column(name = "group_text", length = 200)
  private String groupText;

  @Column(length = 200)
  private String username;

  /** Hashed as soon as it is read: a clear password is never stored. */
  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  /** Comma-separated {@link RowProblem} names; empty for a clean row. */
  @Column(nullable = false, length = 500)
  private String problems = "";

  protected UnitSheetRow() {}

  public UnitSheetRow(
      long jobInstanceId,
      int rowNumber,
      String code,
      String name,
      String groupText,
      String username,
      String passwordHash) {
    this.jobInstanceId = jobInstanceId;
    this.rowNumber = rowNumber;
    this.code = code;
    this.name = name;
    this.groupText = groupText;
    this.username = username;
    this.passwordHash = passwordHash;
  }

  public void addProblems(Set<RowProblem> found) {
    Set<RowProblem> all = getProblems();
    all.addAll(found);
    problems = all.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public Set<RowProblem> getProblems() {
    Set<RowProblem> set = EnumSet.noneOf(RowProblem.class);
    if (!problems.isEmpty()) {
      Arrays.stream(problems.split(",")).map(RowProblem::valueOf).forEach(set::add);
    }
    return set;
  }

  public boolean isClean() {
    return problems.isEmpty();
  }

  public long getJobInstanceId() {
    return jobInstanceId;
  }

  public int getRowNumber() {
    return rowNumber;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getGroupText() {
    return groupText;
  }

  public UnitGroup getUnitGroup() {
    return UnitGroup.parse(groupText).orElseThrow();
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
