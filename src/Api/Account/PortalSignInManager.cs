using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Account;

// Sign-in for the pages and the API alike. Nothing about an account shows before its right password:
// unknown, locked, inactive and ordinary accounts all cost one password hash and answer "wrong"
// to a wrong password; only the right password reveals a lockout or a deactivation. Wrong second
// factors and recovery codes count toward the lockout like wrong passwords.
internal sealed class PortalSignInManager(
    UserManager<PortalUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<PortalUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation)
    : SignInManager<PortalUser>(users, http, claims, options, logger, schemes, confirmation)
{
    PortalUserManager Manager => (PortalUserManager)UserManager;

    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    public override async Task<PortalUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } ? user : null;
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        Manager.SpendPasswordWork(password);
        return SignInResult.Failed;
    }

    // An unknown address: the same work and answer as a wrong password.
    public SignInResult RefuseUnknown(string password)
    {
        Manager.SpendPasswordWork(password);
        return SignInResult.Failed;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(PortalUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            // A locked account's counter is not moved: its lockout already runs.
            if (lockoutOnFailure && UserManager.SupportsUserLockout && !await UserManager.IsLockedOutAsync(user))
                await UserManager.AccessFailedAsync(user);
            return SignInResult.Failed;
        }
        if (await PreSignInCheck(user) is { } refused) return refused;
        if (!await IsTwoFactorEnabledAsync(user) || await IsTwoFactorClientRememberedAsync(user))
            await UserManager.ResetAccessFailedCountAsync(user);
        return SignInResult.Success;
    }

    // The base class does not count wrong recovery codes ("they are random"), nor refuse a locked account.
    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInResult.Failed;
        if (await UserManager.IsLockedOutAsync(user)) return SignInResult.LockedOut;
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded) return result;
        return await CountFailedSecondFactorAsync(user);
    }

    // A wrong authenticator or recovery code: counted, and a lockout it causes is reported (the password was right).
    public async Task<SignInResult> CountFailedSecondFactorAsync(PortalUser user)
    {
        await UserManager.AccessFailedAsync(user);
        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
