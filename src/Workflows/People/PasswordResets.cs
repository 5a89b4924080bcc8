using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.People;

// Forgot / reset password. The request answers the same whether or not the address exists, so
// nobody can use it to learn who has an account.
public sealed class PasswordResets(PortalDb db, UserManager<PortalUser> users, Mailer mailer, TimeProvider clock,
    IOptions<PortalLinks> links, AccountOptions options, IWorkingCalendarSource calendar)
{
    public async Task<Result<Done>> RequestAsync(string? email, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Email(fields, email);
        if (PeopleRules.Check(fields) is { } invalid) return invalid;

        var user = await users.FindByEmailAsync(email!.Trim());
        if (user is not { IsActive: true })
        {
            // The token a known address would get, thrown away: the answer takes the same work.
            await users.GeneratePasswordResetTokenAsync(new PortalUser { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid().ToString() });
            return Done.Value;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.Value.Absolute($"/account/reset-password?userId={user.Id}&token={Uri.EscapeDataString(token)}");
        var expires = EmailTemplates.FormatDate(clock.GetUtcNow() + options.PasswordResetLifetime, user.Language, ReaderTimeZones.Of(user.TimeZone, calendar));
        mailer.Stage(user, "password-reset", new Dictionary<string, string> { ["expires"] = expires }, link);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    public async Task<Result<Done>> ResetAsync(ResetPassword command, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Required(fields, "userId", command.UserId, "userId is required.");
        PeopleRules.Required(fields, "token", command.Token, "token is required.");
        PeopleRules.Required(fields, "password", command.Password, "Choose a password.");
        if (PeopleRules.Check(fields) is { } invalid) return invalid;

        var user = await users.FindByIdAsync(command.UserId!.Value.ToString());
        if (user is not { IsActive: true }
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
                UserManager<PortalUser>.ResetPasswordTokenPurpose, command.Token!))
            return PeopleRules.BadToken();
        if (await PeopleRules.CheckPasswordAsync(users, user, command.Password) is { } weak) return weak;

        // Resetting changes the stamp (the link is single-use) and ends the lockout that may have led here.
        var reset = await users.ResetPasswordAsync(user, command.Token!, command.Password!);
        if (!reset.Succeeded) return PeopleRules.Failed(reset, "password");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Done.Value;
    }
}
