using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace WorkflowPortal.Workflows.People;

// Like Identity's DataProtectorTokenProvider, but the clock is the injected TimeProvider (the
// built-in one reads DateTimeOffset.UtcNow, so expiry could not be tested) and each purpose has
// its own lifetime. A token embeds the security stamp: setting a password, confirming an address
// or revoking an invitation changes the stamp, which makes every earlier token single-use.
public sealed class TimedTokenProvider(IDataProtectionProvider protection, TimeProvider clock, AccountOptions options)
    : IUserTwoFactorTokenProvider<PortalUser>
{
    public const string Name = "PortalTimed";
    public const string InvitationPurpose = "Invitation";

    readonly IDataProtector _protector = protection.CreateProtector("WorkflowPortal.AccountTokens");

    public async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        var stamp = manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) : "";
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(user.Id.ToString());
            writer.Write(purpose);
            writer.Write(stamp ?? "");
        }
        return Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        try
        {
            var bytes = _protector.Unprotect(Base64UrlDecode(token));
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            if (created + LifetimeOf(purpose) < clock.GetUtcNow()) return false;
            if (reader.ReadString() != user.Id.ToString() || reader.ReadString() != purpose) return false;
            var stamp = reader.ReadString();
            return !manager.SupportsUserSecurityStamp || stamp == await manager.GetSecurityStampAsync(user);
        }
        catch (Exception e) when (e is FormatException or EndOfStreamException or System.Security.Cryptography.CryptographicException)
        {
            // A token that was tampered with, truncated or typed by hand is simply not valid.
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(false);

    TimeSpan LifetimeOf(string purpose) => purpose switch
    {
        InvitationPurpose => options.InvitationLifetime,
        UserManager<PortalUser>.ResetPasswordTokenPurpose => options.PasswordResetLifetime,
        _ => options.EmailConfirmationLifetime,
    };

    static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    static byte[] Base64UrlDecode(string text)
    {
        var s = text.Trim().Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
