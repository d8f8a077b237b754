package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * 评分: an assessor scores a unit item by item, each row saved on its own, returns the unit for more
 * evidence or hands the scores to approval; and records the unit's special items.
 */
@Named
@ViewScoped
public class ScorePage extends SheetPage {

  private static final long serialVersionUID = 1L;

  private String returnComment;

  /** The item that a row's save button posts, with what the assessor typed in that row. */
  private Long item;

  private BigDecimal newScore;
  private String newReason;

  /** Saves one row's score and renders that row's cell anew, with the page's head and totals. */
  public void save() {
    try {
      List<ItemRow> rows = shown().getRows();
      ItemRow row =
          rows.stream()
              .filter(r -> r.isScored() && r.getItemId().equals(item))
              .findFirst()
              .orElseThrow(() -> Refusal.notFound("item.notFound", item));
      show(assessments.saveScore(year, unit, item, newScore, newReason, shown().getVersion()));
      Pages.info("score.saved", row.getText());
      PrimeFaces.current().ajax().update("score:tree:" + rows.indexOf(row) + ":cell");
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

  public Long getItem() {
    return item;
  }

  public void setItem(Long item) {
    this.item = item;
  }

  public BigDecimal getNewScore() {
    return newScore;
  }

  public void setNewScore(BigDecimal newScore) {
    this.newScore = newScore;
  }

  public String getNewReason() {
    return newReason;
  }

  public void setNewReason(String newReason) {
    this.newReason = newReason;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public void setReturnComment(String returnComment) {
    this.returnComment = returnComment;
  }
}
