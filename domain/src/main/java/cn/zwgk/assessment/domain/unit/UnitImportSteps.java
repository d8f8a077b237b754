package cn.zwgk.assessment.domain.unit;

/**
 * The parts of the unit import that change the database as a whole, implemented by the services and
 * called by the import job.
 */
public interface UnitImportSteps {

  /**
   * The exit status of an import rejected for its rows: a verdict on the sheet, which is deleted
   * then, so that the execution cannot be restarted (a corrected sheet is a new import).
   */
  String REJECTED = "REJECTED";

  /**
   * Marks the staged rows whose code, name or username another row of the same sheet has too.
   *
   * @return the number of staged rows with any problem
   */
  long markDuplicates(long jobInstanceId);

  /**
   * Creates the units and their accounts from the staged rows, all in one transaction, and drops
   * the staged rows.
   *
   * @return the number of units created
   */
  int apply(long jobInstanceId, String actor);
}
