package cn.zwgk.assessment.domain.rectification;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.CycleState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 整改: what a unit does about an item where it lost points, and when it was completed (none yet
 * while the work goes on). Recorded once the results are published; the archive freezes the
 * results, not the follow-up work on them.
 */
@Entity
@Table(name = "rectification")
@NamedQuery(
    name = "Rectification.ofCycle",
    query = "select r from Rectification r where r.entry.assessment.cycle = :cycle")
public class Rectification implements Serializable {

  public static final int MAX_TEXT_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "entry_id", unique = true)
  private ItemEntry entry;

  @Column(nullable = false, length = MAX_TEXT_LENGTH)
  private String measures;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "recorded_by", nullable = false, length = 32)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Version private long version;

  protected Rectification() {}

  /** The first record of an item's rectification. */
  public Rectification(ItemEntry entry) {
    this.entry = Objects.requireNonNull(entry);
  }

  /**
   * Records the measures and, once done, the day they were completed: not in the future, not before
   * the results were published.
   */
  public void record(String measures, LocalDate completedOn, String by, LocalDateTime now) {
    String checked = FreeText.required(measures, MAX_TEXT_LENGTH, "field.measures");
    var cycle = entry.getAssessment().getCycle();
    if (completedOn != null && completedOn.isAfter(now.toLocalDate())) {
      throw Refusal.badInput("rectification.completedInFuture", completedOn.toString());
    }
    if (completedOn != null
        && cycle.getPublishedAt() != null
        && completedOn.isBefore(cycle.getPublishedAt().toLocalDate())) {
      throw Refusal.badInput(
          "rectification.completedBeforePublication",
          cycle.getPublishedAt().toLocalDate().toString());
    }
    cycle.requireState(CycleState.PUBLISHED, CycleState.ARCHIVED);
    if (!lostPoints(entry)) {
      throw Refusal.conflict("rectification.noDeduction", entry.getItem().label());
    }
    this.measures = checked;
    this.completedOn = completedOn;
    this.recordedBy = Objects.requireNonNull(by);
    this.recordedAt = now;
  }

  /** Whether the unit lost points on the item: only those are rectified. */
  public static boolean lostPoints(ItemEntry entry) {
    return entry.getScore() != null && entry.getScore().compareTo(entry.getItem().getPoints()) < 0;
  }

  public boolean isCompleted() {
    return completedOn != null;
  }

  public Long getId() {
    return id;
  }

  public ItemEntry getEntry() {
    return entry;
  }

  public String getMeasures() {
    return measures;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }
}
