package cn.zwgk.assessment.service.reference;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The units and the indicator tables, for everyone who is logged in. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class ReferenceData {

  @PersistenceContext private EntityManager em;

  /** Every unit in the order of the official list; {@code group} null for both groups. */
  public List<AssessedUnit> units(UnitGroup group) {
    return em.createNamedQuery("AssessedUnit.all", AssessedUnit.class).getResultList().stream()
        .filter(u -> group == null || u.getUnitGroup() == group)
        .sorted(AssessedUnit.OFFICIAL_ORDER)
        .toList();
  }

  /** The current template of each group, or every version. */
  public List<IndicatorTemplate> templates(boolean allVersions) {
    return em
        .createNamedQuery(
            allVersions ? "IndicatorTemplate.all" : "IndicatorTemplate.current",
            IndicatorTemplate.class)
        .getResultList()
        .stream()
        .sorted(IndicatorTemplate.GROUP_ORDER)
        .toList();
  }

  public IndicatorTemplate template(String code) {
    return em.createNamedQuery("IndicatorTemplate.byCode", IndicatorTemplate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("template.notFound", code));
  }

  /** The items of a template in document order. */
  public List<TemplateItem> items(String templateCode) {
    IndicatorTemplate template = template(templateCode);
    return em.createQuery(
            "select i from TemplateItem i where i.template = :template order by i.position",
            TemplateItem.class)
        .setParameter("template", template)
        .getResultList();
  }
}
