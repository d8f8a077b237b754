package cn.zwgk.assessment.domain.cycle;

import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A cycle's frozen copy of one group's indicator table: editing the template later never changes a
 * cycle that exists.
 */
@Entity
@Table(name = "cycle_template")
@NamedQuery(
    name = "CycleTemplate.ofCycle",
    query = "select t from CycleTemplate t where t.cycle = :cycle order by t.unitGroup")
public class CycleTemplate implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private AssessmentCycle cycle;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_group", nullable = false, length = 16)
  private UnitGroup unitGroup;

  /** The template this copy was made from. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "source_template_id")
  private IndicatorTemplate source;

  @Column(nullable = false, length = 200)
  private String name;

  protected CycleTemplate() {}

  public CycleTemplate(AssessmentCycle cycle, IndicatorTemplate source) {
    this.cycle = cycle;
    this.source = source;
    this.unitGroup = source.getUnitGroup();
    this.name = source.getName();
  }

  public Long getId() {
    return id;
  }

  public AssessmentCycle getCycle() {
    return cycle;
  }

  public UnitGroup getUnitGroup() {
    return unitGroup;
  }

  public IndicatorTemplate getSource() {
    return source;
  }

  public String getName() {
    return name;
  }
}
