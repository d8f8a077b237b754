package cn.zwgk.assessment.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Deployed by {@link WebHardeningIT} only: an API endpoint that fails unexpectedly, to see what the
 * client is told.
 */
@Path("it-broken")
@PermitAll
public class BrokenResource {

  static final String DETAIL = "secret-detail-of-the-failure";

  @GET
  public String fail() {
    throw new IllegalStateException(DETAIL);
  }
}
