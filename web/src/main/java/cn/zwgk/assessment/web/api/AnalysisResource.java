package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.analysis.AnalysisService;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The analysis of a year's results (the 结果分析 page's figures): a unit's areas against its group's
 * average, its results year by year, a group's distribution, the items with most points lost.
 */
@Path("cycles/{year}/analysis")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

  private static final int MAX_ITEMS = 100;

  public record AreaJson(
      String area, BigDecimal points, BigDecimal unit, BigDecimal groupAverage) {}

  public record YearJson(
      int year,
      @JsonbProperty("final") BigDecimal finalScore,
      Integer rank,
      int groupSize,
      String grade) {}

  public record BandJson(BigDecimal from, BigDecimal to, String label, int units) {}

  public record LostJson(String item, BigDecimal lost, int units) {}

  @EJB private AnalysisService analysis;

  @GET
  @Path("areas")
  public List<AreaJson> areas(@PathParam("year") int year, @QueryParam("unit") String unit) {
    return analysis.areas(year, required(unit)).stream()
        .map(
            a ->
                new AreaJson(
                    a.area(),
                    Decimals.json(a.points()),
                    Decimals.json(a.unit()),
                    Decimals.json(a.group())))
        .toList();
  }

  /** Every year with results up to any, not only {@code year}: the unit's record over time. */
  @GET
  @Path("history")
  public List<YearJson> history(@PathParam("year") int year, @QueryParam("unit") String unit) {
    return analysis.history(required(unit)).stream()
        .map(
            h ->
                new YearJson(
                    h.year(), Decimals.json(h.finalScore()), h.rank(), h.groupSize(), h.grade()))
        .toList();
  }

  @GET
  @Path("distribution")
  public List<BandJson> distribution(
      @PathParam("year") int year, @QueryParam("group") String group) {
    UnitGroup unitGroup =
        UnitGroup.parse(group)
            .orElseThrow(() -> Refusal.badInput("unit.groupUnknown", String.valueOf(group)));
    return analysis.distribution(year, unitGroup).stream()
        .map(b -> new BandJson(b.from(), b.to(), b.label(), b.count()))
        .toList();
  }

  @GET
  @Path("lost-points")
  public List<LostJson> lostPoints(
      @PathParam("year") int year, @QueryParam("limit") Integer limit) {
    int n = limit == null ? 10 : Math.max(1, Math.min(limit, MAX_ITEMS));
    return analysis.mostLost(year, n).stream()
        .map(t -> new LostJson(t.label(), Decimals.json(t.lost()), t.units()))
        .toList();
  }

  private static String required(String unit) {
    if (unit == null || unit.isBlank()) {
      throw Refusal.badInput("text.required", "unit.code");
    }
    return unit;
  }
}
