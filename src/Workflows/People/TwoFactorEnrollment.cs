using System.Text;
using Microsoft.AspNetCore.Identity;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.People;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);

public sealed record RecoveryCodes(IReadOnlyList<string> Codes);

// The password or a current authenticator code, asked again before a sensitive change.
public sealed record Reauthentication(string? Password, string? Code);

// TOTP enrollment for the signed-in person: a shared key (shown as a QR code), a first code to
// prove the app works, then recovery codes shown once.
// UserManager's own helpers rotate the security stamp, which would sign the person out of the very
// session they are enrolling from (and revoke their API tokens); the store is written directly instead.
public sealed class TwoFactorEnrollment(UserManager<PortalUser> users, IUserStore<PortalUser> store, AccessPolicies policies)
{
    public async Task<Result<TwoFactorStatus>> StatusAsync(Actor actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(actor.UserId.ToString()) is not { } user) return Error.NotFound("The person");
        return new TwoFactorStatus(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user), await RequiredAsync(actor, ct));
    }

    public async Task<Result<TwoFactorSetup>> BeginAsync(Actor actor, CancellationToken ct)
    {
        if (await users.FindByIdAsync(actor.UserId.ToString()) is not { } user) return Error.NotFound("The person");
        if (user.TwoFactorEnabled) return Error.Conflict("two_factor_enabled", "Two-factor authentication is already on.");
        // A fresh key each time enrollment starts: a key that leaked from an abandoned attempt is useless.
        await SetKeyAsync(user, users.GenerateNewAuthenticatorKey(), ct);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString(user.Email ?? user.UserName ?? "");
        var uri = $"otpauth://totp/WorkflowPortal:{label}?secret={key}&issuer=WorkflowPortal&digits=6";
        return new TwoFactorSetup(Group(key), uri);
    }

    public async Task<Result<RecoveryCodes>> EnableAsync(Actor actor, string? code, CancellationToken ct)
    {
        var digits = code?.Replace(" ", "").Replace("-", "");
        if (string.IsNullOrEmpty(digits) || digits.Length != 6 || !digits.All(char.IsAsciiDigit))
            return Error.Invalid("code", "Enter the 6-digit code from your authenticator app.");
        if (await users.FindByIdAsync(actor.UserId.ToString()) is not { } user) return Error.NotFound("The person");
        if (await users.GetAuthenticatorKeyAsync(user) is null) return Error.Conflict("no_setup", "Start the setup first.");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
            return Error.Invalid("code", "This code is not correct. Check the time on your phone and try the next code.");
        await SetEnabledAsync(user, true, ct);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        return new RecoveryCodes(codes?.ToList() ?? []);
    }

    // Replacing the codes or turning 2FA off needs the password or a current code: a session left
    // open, or a stolen cookie, must not be enough to take over the second factor.
    public async Task<Result<RecoveryCodes>> NewRecoveryCodesAsync(Actor actor, Reauthentication proof, CancellationToken ct)
    {
        if (await users.FindByIdAsync(actor.UserId.ToString()) is not { } user) return Error.NotFound("The person");
        if (!user.TwoFactorEnabled) return Error.Conflict("two_factor_off", "Turn on two-factor authentication first.");
        if (await CheckProofAsync(user, proof) is { } refused) return refused;
        return new RecoveryCodes((await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? []);
    }

    public async Task<Result<Done>> DisableAsync(Actor actor, Reauthentication proof, CancellationToken ct)
    {
        if (await RequiredAsync(actor, ct))
            return Error.Conflict("two_factor_required", "An administrator requires two-factor authentication for the legal team.");
        if (await users.FindByIdAsync(actor.UserId.ToString()) is not { } user) return Error.NotFound("The person");
        if (await CheckProofAsync(user, proof) is { } refused) return refused;
        await SetEnabledAsync(user, false, ct);
        await SetKeyAsync(user, users.GenerateNewAuthenticatorKey(), ct);
        return Done.Value;
    }

    public async Task<bool> RequiredAsync(Actor actor, CancellationToken ct) =>
        actor.IsLegalTeam && (await policies.CurrentAsync(ct)).RequireTwoFactorForLegalTeam;

    // A wrong proof counts toward the lockout like a wrong password at sign-in.
    async Task<Error?> CheckProofAsync(PortalUser user, Reauthentication proof)
    {
        var code = proof.Code?.Replace(" ", "").Replace("-", "");
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(proof.Password))
            return Error.Invalid("password", "Confirm with your password or a current code from your authenticator app.");
        if (await users.IsLockedOutAsync(user))
            return new Error(ErrorKind.Locked, "locked_out", "This account is locked after too many failed attempts.");
        var right = !string.IsNullOrEmpty(code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            : await users.CheckPasswordAsync(user, proof.Password!);
        if (right) return null;
        await users.AccessFailedAsync(user);
        return Error.Invalid(string.IsNullOrEmpty(code) ? "password" : "code",
            string.IsNullOrEmpty(code) ? "The password is not correct." : "The authenticator code is not correct.");
    }

    async Task SetKeyAsync(PortalUser user, string key, CancellationToken ct)
    {
        await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, ct);
        await users.UpdateAsync(user);
    }

    async Task SetEnabledAsync(PortalUser user, bool enabled, CancellationToken ct)
    {
        await ((IUserTwoFactorStore<PortalUser>)store).SetTwoFactorEnabledAsync(user, enabled, ct);
        await users.UpdateAsync(user);
    }

    static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
