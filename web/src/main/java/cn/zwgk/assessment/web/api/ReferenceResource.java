package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/** The units and the indicator tables (API.md, "Reference data"). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  public record UnitJson(String code, String name, UnitGroup group) {}

  public record TemplateJson(String code, UnitGroup group, int version, String name) {}

  public record ItemJson(
      long id,
      String area,
      String indicator,
      String criterion,
      String kind,
      BigDecimal points,
      String note) {}

  @EJB private ReferenceData reference;

  @GET
  @Path("units")
  public List<UnitJson> units(@QueryParam("group") String group) {
    UnitGroup filter =
        group == null
            ? null
            : UnitGroup.parse(group)
                .orElseThrow(() -> Refusal.badInput("unit.groupUnknown", group));
    return reference.units(filter).stream()
        .map(u -> new UnitJson(u.getCode(), u.getName(), u.getUnitGroup()))
        .toList();
  }

  @GET
  @Path("templates")
  public List<TemplateJson> templates(@QueryParam("all") boolean all) {
    return reference.templates(all).stream().map(ReferenceResource::json).toList();
  }

  @GET
  @Path("templates/{code}/items")
  public List<ItemJson> items(@PathParam("code") String code) {
    return reference.items(code).stream().map(ReferenceResource::json).toList();
  }

  private static TemplateJson json(IndicatorTemplate t) {
    return new TemplateJson(t.getCode(), t.getUnitGroup(), t.getTemplateVersion(), t.getName());
  }

  private static ItemJson json(TemplateItem i) {
    return new ItemJson(
        i.getId(),
        i.getArea(),
        i.getIndicator(),
        i.getCriterion(),
        i.getKind().name(),
        Decimals.json(i.getPoints()),
        i.getNote());
  }
}
