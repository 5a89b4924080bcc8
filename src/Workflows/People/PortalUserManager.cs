using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WorkflowPortal.Workflows.People;

// Identity's user manager, plus two duties: every update (stamp rotation, password change,
// deactivation) drops the person's cached stamp so this instance sees it at once, and a password
// check costs one hash whatever the account, so response times do not tell who has an account.
public sealed class PortalUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<PortalUser> hasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    SessionStamps stamps)
    : UserManager<PortalUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString("N")));

    protected override async Task<IdentityResult> UpdateUserAsync(PortalUser user)
    {
        var result = await base.UpdateUserAsync(user);
        stamps.Forget(user.Id);
        return result;
    }

    // A password check for an unknown account, or one without a password yet: the same hash work, always false.
    public void SpendPasswordWork(string? password) =>
        PasswordHasher.VerifyHashedPassword(new PortalUser(), DecoyHash.Value, password ?? "");

    public override async Task<bool> CheckPasswordAsync(PortalUser user, string password)
    {
        if (user.PasswordHash is null)
        {
            SpendPasswordWork(password);
            return false;
        }
        return await base.CheckPasswordAsync(user, password);
    }
}
