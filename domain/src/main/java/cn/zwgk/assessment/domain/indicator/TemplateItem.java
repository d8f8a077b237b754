package cn.zwgk.assessment.domain.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One row of the indicator table: area (内容) → indicator (一级指标) → criterion (二级指标). The criterion is
 * null where the indicator is scored itself.
 */
@Entity
@Table(name = "template_item")
public class TemplateItem extends IndicatorItem {

  @ManyToOne(optional = false)
  @JoinColumn(name = "template_id")
  private IndicatorTemplate template;

  protected TemplateItem() {}

  public IndicatorTemplate getTemplate() {
    return template;
  }
}
