package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import java.io.Serializable;
import java.util.List;

/**
 * What a page shows of one unit's assessment, copied from the service's sheet so that it can stay
 * in the view between requests (the entities cannot). {@code version} is the version of what the
 * page shows: every write passes it.
 */
public final class SheetView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int year;
  private final String unitCode;
  private final String unitName;
  private final UnitGroup group;
  private final AssessmentState state;
  private final long version;
  private final boolean cycleOpen;
  private final boolean openForScoring;
  private final boolean openForApproval;
  private final boolean returnable;
  private final String returnComment;
  private final String rejectReason;
  private final long baseItems;
  private final long selfScored;
  private final long scored;
  private final List<ItemRow> rows;
  private final List<ItemRow> items;
  private final List<SpecialOption> specialOptions;
  private TotalsView totals;
  private List<SpecialRow> specials;
  private ZeroOutRow zeroOut;

  private SheetView(AssessmentSheet sheet) {
    UnitAssessment a = sheet.assessment();
    year = a.getCycle().getYear();
    unitCode = a.getUnit().getCode();
    unitName = a.getUnit().getName();
    group = a.getUnit().getUnitGroup();
    state = a.getState();
    version = a.getVersion();
    cycleOpen = a.getCycle().isOpen();
    openForScoring = a.isOpenForScoring();
    openForApproval = a.isOpenForApproval();
    returnable = a.isReturnable();
    returnComment = a.getReturnComment();
    rejectReason = sheet.scoresVisible() ? a.getRejectReason() : null;
    baseItems = sheet.baseItemCount();
    selfScored = sheet.selfScoredCount();
    scored = sheet.scoresVisible() ? sheet.scoredCount() : 0;
    ItemTree itemTree = ItemTree.of(sheet);
    rows = itemTree.rows();
    items = itemTree.items();
    specialOptions =
        sheet.items().stream()
            .filter(i -> i.getKind() == ItemKind.BONUS || i.getKind() == ItemKind.PENALTY)
            .map(SpecialOption::of)
            .toList();
    takeDecisions(sheet);
  }

  static SheetView of(AssessmentSheet sheet) {
    return new SheetView(sheet);
  }

  /**
   * Takes the special items, the zero-out and the totals from a newer sheet, and keeps the items
   * and the version: those change only through the page's own writes, so a write never passes a
   * version whose items the page did not show.
   */
  void takeDecisions(AssessmentSheet sheet) {
    totals = sheet.scoresVisible() ? TotalsView.of(sheet.totals()) : null;
    specials =
        sheet.specialItems().stream().map(o -> SpecialRow.of(o, sheet.evidenceOf(o))).toList();
    zeroOut = sheet.zeroOut().map(ZeroOutRow::of).orElse(null);
  }

  /** An assessor may score it now: submitted in an open year, or re-opened by an appeal. */
  public boolean isOpenForScoring() {
    return openForScoring;
  }

  /** An approver may decide on it now. */
  public boolean isOpenForApproval() {
    return openForApproval;
  }

  /** The assessor may send it back to the unit (not in an appeal). */
  public boolean isReturnable() {
    return returnable;
  }

  /** How many items the assessor scored differently from the unit's self-score. */
  public long getDifferences() {
    return items.stream().filter(ItemRow::isDiffers).count();
  }

  public int getYear() {
    return year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public UnitGroup getGroup() {
    return group;
  }

  public AssessmentState getState() {
    return state;
  }

  public long getVersion() {
    return version;
  }

  public boolean isCycleOpen() {
    return cycleOpen;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public long getBaseItems() {
    return baseItems;
  }

  public long getSelfScored() {
    return selfScored;
  }

  public long getScored() {
    return scored;
  }

  /** The headings and the items, in document order. */
  public List<ItemRow> getRows() {
    return rows;
  }

  public List<SpecialOption> getSpecialOptions() {
    return specialOptions;
  }

  public TotalsView getTotals() {
    return totals;
  }

  public List<SpecialRow> getSpecials() {
    return specials;
  }

  public ZeroOutRow getZeroOut() {
    return zeroOut;
  }
}
