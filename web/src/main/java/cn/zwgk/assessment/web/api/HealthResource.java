package cn.zwgk.assessment.web.api;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** {@code GET /api/health}: UP once the application can serve, which needs its database. */
@Path("health")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  private static final int VALID_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @GET
  public Response health() {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(VALID_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      up = false;
    }
    return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(Map.of("status", up ? "UP" : "DOWN"))
        .build();
  }
}
