package cn.zwgk.assessment.domain.special;

import cn.zwgk.assessment.domain.FreeText;
import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.scoring.Occurrence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 特别加分/减分: one occurrence of a bonus or penalty item for a unit, with its date and evidence. */
@Entity
@Table(name = "special_occurrence")
@NamedQuery(
    name = "SpecialOccurrence.ofAssessment",
    query = "select o from SpecialOccurrence o where o.assessment = :assessment order by o.id")
@NamedQuery(
    name = "SpecialOccurrence.ofCycle",
    query = "select o from SpecialOccurrence o where o.assessment.cycle = :cycle order by o.id")
@NamedQuery(
    name = "SpecialOccurrence.pendingOfCycle",
    query =
        "select o from SpecialOccurrence o where o.assessment.cycle = :cycle"
            + " and o.decision = cn.zwgk.assessment.domain.special.Decision.PENDING order by o.id")
public class SpecialOccurrence extends Decided {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private UnitAssessment assessment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private CycleItem item;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(nullable = false, length = MAX_TEXT_LENGTH)
  private String description;

  @Version private long version;

  protected SpecialOccurrence() {}

  /**
   * Records an occurrence of a bonus or penalty item of the unit's table, on a date within the
   * cycle's year and not in the future.
   */
  public SpecialOccurrence(
      UnitAssessment assessment,
      CycleItem item,
      LocalDate occurredOn,
      String description,
      String recordedBy,
      LocalDateTime now) {
    super(recordedBy, now);
    if (item.getKind() != ItemKind.BONUS && item.getKind() != ItemKind.PENALTY) {
      throw Refusal.badInput("special.notSpecial");
    }
    if (!item.getTemplate().getUnitGroup().equals(assessment.getUnit().getUnitGroup())
        || !item.getTemplate().getCycle().equals(assessment.getCycle())) {
      throw Refusal.badInput("special.otherTable");
    }
    if (occurredOn == null
        || occurredOn.isAfter(now.toLocalDate())
        || occurredOn.getYear() != assessment.getCycle().getYear()) {
      throw Refusal.badInput("special.date", assessment.getCycle().getYear());
    }
    this.description = FreeText.required(description, MAX_TEXT_LENGTH, "field.description");
    assessment.getCycle().requireState(CycleState.OPEN);
    this.assessment = assessment;
    this.item = item;
    this.occurredOn = occurredOn;
  }

  /** As the totals count it. */
  public Occurrence asOccurrence() {
    return new Occurrence(item.getId(), item.getKind(), item.getPoints());
  }

  public Long getId() {
    return id;
  }

  public UnitAssessment getAssessment() {
    return assessment;
  }

  @Override
  protected UnitAssessment assessment() {
    return assessment;
  }

  public CycleItem getItem() {
    return item;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getDescription() {
    return description;
  }

  public long getVersion() {
    return version;
  }
}
