package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.service.account.AccountLockService;
import cn.zwgk.assessment.service.account.AccountService;
import cn.zwgk.assessment.service.account.AccountService.AccountView;
import cn.zwgk.assessment.service.account.AccountService.HandedOut;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The administrator's accounts (账号管理), under the separation of duties of {@code
 * AccountAdministration}:
 *
 * <ul>
 *   <li>{@code GET /api/accounts}: every account;
 *   <li>{@code POST /api/accounts} {@code {username, displayName, role, unitCode, password}}: a new
 *       account (201); without a password one is generated and answered once as {@code
 *       initialPassword}; the first login must change it;
 *   <li>{@code POST /api/accounts/{username}/disable}, {@code …/enable};
 *   <li>{@code POST /api/accounts/{username}/password} {@code {password}}: a new password (or one
 *       generated), to be changed at the next login;
 *   <li>{@code POST /api/accounts/{username}/unlock}: ends a lockout early.
 * </ul>
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  public record NewAccountBody(
      String username, String displayName, String role, String unitCode, String password) {}

  public record PasswordBody(String password) {}

  public record AccountJson(
      String username,
      String displayName,
      String role,
      String unitCode,
      boolean enabled,
      boolean mustChangePassword) {

    static AccountJson of(AccountView a) {
      return new AccountJson(
          a.username(),
          a.displayName(),
          a.role().name(),
          a.unitCode(),
          a.enabled(),
          a.mustChangePassword());
    }
  }

  /** An account with the password generated for it, if one was: shown this once only. */
  public record HandedOutJson(AccountJson account, String initialPassword) {

    static HandedOutJson of(HandedOut handedOut) {
      return new HandedOutJson(AccountJson.of(handedOut.account()), handedOut.generatedPassword());
    }
  }

  public record UnlockJson(String username, boolean wasLocked) {}

  @EJB private AccountService accounts;
  @EJB private AccountLockService locks;

  @GET
  public List<AccountJson> accounts() {
    return accounts.accounts().stream().map(AccountJson::of).toList();
  }

  @POST
  public Response create(String body) {
    NewAccountBody given = JsonBodies.read(body, NewAccountBody.class);
    HandedOut created =
        accounts.create(
            given.username(),
            given.displayName(),
            given.role(),
            given.unitCode(),
            given.password());
    return Response.status(Response.Status.CREATED).entity(HandedOutJson.of(created)).build();
  }

  @POST
  @Path("{username}/disable")
  public AccountJson disable(@PathParam("username") String username) {
    return AccountJson.of(accounts.setEnabled(username, false));
  }

  @POST
  @Path("{username}/enable")
  public AccountJson enable(@PathParam("username") String username) {
    return AccountJson.of(accounts.setEnabled(username, true));
  }

  @POST
  @Path("{username}/password")
  public HandedOutJson resetPassword(@PathParam("username") String username, String body) {
    PasswordBody given = JsonBodies.read(body, PasswordBody.class);
    return HandedOutJson.of(accounts.resetPassword(username, given.password()));
  }

  @POST
  @Path("{username}/unlock")
  public UnlockJson unlock(@PathParam("username") String username) {
    return new UnlockJson(username, locks.unlock(username));
  }
}
