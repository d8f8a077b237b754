package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.rectification.CompletionRate;
import cn.zwgk.assessment.service.rectification.RectificationService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/cycles/{year}/rectification}: the completion rate of 整改, per unit and for the
 * county. Units record theirs through {@code …/assessments/{unit}/rectification/{item}}.
 */
@Path("cycles/{year}/rectification")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {

  public record RateJson(long toRectify, long completed, BigDecimal percent) {}

  public record UnitRateJson(String unit, String name, String group, RateJson rate) {}

  public record ProgressJson(RateJson overall, List<UnitRateJson> units) {}

  @EJB private RectificationService rectification;

  @GET
  public ProgressJson progress(@PathParam("year") int year) {
    List<RectificationService.UnitRate> units = rectification.progress(year);
    return new ProgressJson(
        rate(RectificationService.overall(units)),
        units.stream()
            .map(
                u ->
                    new UnitRateJson(
                        u.unit().getCode(),
                        u.unit().getName(),
                        u.unit().getUnitGroup().name(),
                        rate(u.rate())))
            .toList());
  }

  static RateJson rate(CompletionRate r) {
    return new RateJson(r.toRectify(), r.completed(), r.percent());
  }
}
