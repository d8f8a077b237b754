package cn.zwgk.assessment.web.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * 评分: an assessor scores a unit item by item, each row saved on its own, returns the unit for more
 * evidence or hands the scores to approval; and records the unit's special items.
 */
@Named
@ViewScoped
public class ScorePage extends SheetPage {

  private static final long serialVersionUID = 1L;

  private String returnComment;

  public void save(ItemRow row) {
    try {
      show(
          assessments.saveScore(
              year,
              unit,
              row.getItemId(),
              row.getNewScore(),
              row.getNewReason(),
              shown().getVersion()));
      Pages.info("score.saved", row.getText());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void returnToUnit() {
    try {
      show(assessments.returnToUnit(year, unit, returnComment, shown().getVersion()));
      returnComment = null;
      Pages.info("score.returned", shown().getUnitName());
      done();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void markScored() {
    try {
      show(assessments.markScored(year, unit, shown().getVersion()));
      Pages.info("score.markedScored", shown().getUnitName());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }
}
