package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.account.AccountLockService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/accounts/{username}/unlock}: the administrator ends a lockout early. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountLockResource {

  public record UnlockJson(String username, boolean wasLocked) {}

  @EJB private AccountLockService locks;

  @POST
  @Path("{username}/unlock")
  public UnlockJson unlock(@PathParam("username") String username) {
    return new UnlockJson(username, locks.unlock(username));
  }
}
