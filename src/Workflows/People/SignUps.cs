using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.People;

// Self sign-up. The address is confirmed first; then, per the access policy, the person becomes an
// individual client at once or waits (unable to sign in) until the legal team approves them.
public sealed class SignUps(
    PortalDb db, UserManager<PortalUser> users, Mailer mailer, Notifier notifier, AccessPolicies policies, ClientDirectory clients,
    TimeProvider clock, IOptions<PortalLinks> links, AccountOptions options, IWorkingCalendarSource calendar)
{
    public async Task<Result<Done>> SignUpAsync(SignUp command, CancellationToken ct)
    {
        if ((await policies.CurrentAsync(ct)).SignUpMode == SignUpMode.Disabled)
            return Error.Forbidden("Sign-up is not open on this portal; ask the legal team for an invitation.");
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Email(fields, command.Email);
        PeopleRules.DisplayName(fields, command.DisplayName);
        PeopleRules.Language(fields, command.Language);
        if (PeopleRules.Check(fields) is { } invalid) return invalid;

        var user = PortalUser.SignedUp(command.Email!.Trim(), command.DisplayName!.Trim(), command.Language ?? "en", clock.GetUtcNow());
        if (await PeopleRules.CheckPasswordAsync(users, user, command.Password) is { } weak) return weak;
        // The same answer whether or not the address is known: sign-up must not reveal who has an account.
        // The same work too: creating an account hashes the password, so does refusing one silently.
        if (await users.FindByEmailAsync(user.Email!) is not null)
        {
            users.PasswordHasher.HashPassword(user, command.Password!);
            return Done.Value;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, command.Password!);
        if (!created.Succeeded) return PeopleRules.Failed(created, "password");
        await users.AddToRoleAsync(user, Roles.Client);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.Value.Absolute($"/account/confirm-email?userId={user.Id}&token={Uri.EscapeDataString(token)}");
        var expires = EmailTemplates.FormatDate(clock.GetUtcNow() + options.EmailConfirmationLifetime, user.Language, ReaderTimeZones.Of(user.TimeZone, calendar));
        mailer.Stage(user, "confirm-email", new Dictionary<string, string> { ["expires"] = expires }, link);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Done.Value;
    }

    public async Task<Result<SignUpOutcome>> ConfirmAsync(ConfirmSignUp command, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Required(fields, "userId", command.UserId, "userId is required.");
        PeopleRules.Required(fields, "token", command.Token, "token is required.");
        if (PeopleRules.Check(fields) is { } invalid) return invalid;

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, ct);
        if (user is not { Status: PortalUserStatus.SignUpUnconfirmed }
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.EmailConfirmationTokenProvider,
                UserManager<PortalUser>.ConfirmEmailTokenPurpose, command.Token!))
            return PeopleRules.BadToken();

        var admitted = (await policies.CurrentAsync(ct)).SignUpMode == SignUpMode.AutoApprove;
        user.ConfirmSignUpEmail(admitted);
        if (admitted) user.JoinClient((await IndividualClientAsync(user, ct)).Id, null);
        else await NotifyApproversAsync(user, ct);
        await users.UpdateSecurityStampAsync(user);
        return admitted ? SignUpOutcome.Admitted : SignUpOutcome.AwaitingApproval;
    }

    public async Task<Result<Page<PersonView>>> ListPendingAsync(PageQuery query, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team reviews sign-ups.");
        if (query.Validate() is { } invalid) return invalid;
        var rows = db.Users.AsNoTracking().Where(u => u.Status == PortalUserStatus.AwaitingApproval);
        rows = rows.Matching(query.Search);
        if (query.DecodedCursor is { } after) rows = rows.Where(u => string.Compare(u.NormalizedEmail, after) > 0);
        var page = await rows.OrderBy(u => u.NormalizedEmail).Take(query.Take + 1).ToListAsync(ct);
        return PageQuery.Paged(page, query.Take, u => u.NormalizedEmail!, u => PeopleDirectory.View(u, Roles.Client));
    }

    public async Task<Result<PersonView>> ApproveAsync(Guid userId, ApproveSignUp command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team reviews sign-ups.");
        if (command.Kind is not (null or Roles.Client or Roles.Collaborator)) return Error.Invalid("kind", "kind must be Client or Collaborator.");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.Status == PortalUserStatus.AwaitingApproval, ct);
        if (user is null) return Error.NotFound("The pending sign-up");
        if (command.ClientId is not null && await clients.CheckMembershipAsync(command.ClientId, command.DepartmentId, ct) is { } bad)
            return bad;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var clientId = command.ClientId ?? (await IndividualClientAsync(user, ct)).Id;
        user.ApproveSignUp(clientId, command.ClientId is null ? null : command.DepartmentId);
        if (command.Kind == Roles.Collaborator)
        {
            await users.RemoveFromRoleAsync(user, Roles.Client);
            await users.AddToRoleAsync(user, Roles.Collaborator);
        }
        await users.UpdateSecurityStampAsync(user);
        await notifier.StageAsync(new NotificationRequest(user.Id, NotificationTypes.AccountApproved,
            new BilingualText("Your account is ready", "حسابك جاهز"),
            new BilingualText("The legal team approved your sign-up. You can now sign in and submit requests.",
                "وافق الفريق القانوني على تسجيلك. يمكنك الآن تسجيل الدخول وتقديم الطلبات."), "/"), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return PeopleDirectory.View(user, command.Kind ?? Roles.Client);
    }

    public async Task<Result<Done>> RejectAsync(Guid userId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team reviews sign-ups.");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.Status == PortalUserStatus.AwaitingApproval, ct);
        if (user is null) return Error.NotFound("The pending sign-up");
        user.RejectSignUp();
        await users.UpdateSecurityStampAsync(user);
        return Done.Value;
    }

    // A person on their own is an organization of kind Individual, named after them.
    async Task<ClientOrganization> IndividualClientAsync(PortalUser user, CancellationToken ct)
    {
        var name = user.DisplayName;
        if (await db.Set<ClientOrganization>().AnyAsync(c => c.NormalizedName == ClientOrganization.Normalize(name), ct))
            name = $"{user.DisplayName} ({user.Email})";
        var client = ClientOrganization.Create(name, ClientKind.Individual, clock.GetUtcNow());
        db.Add(client);
        await db.SaveChangesAsync(ct);
        return client;
    }

    async Task NotifyApproversAsync(PortalUser user, CancellationToken ct)
    {
        IList<PortalUser> approvers = options.SignUpApproverEmail is { Length: > 0 } email && await users.FindByEmailAsync(email) is { } chosen
            ? [chosen]
            : await users.GetUsersInRoleAsync(Roles.Admin);
        foreach (var approver in approvers)
            await notifier.StageAsync(new NotificationRequest(approver.Id, NotificationTypes.SignUpAwaitingApproval,
                BilingualText.Isolated($"{user.DisplayName} signed up", $"سجّل {user.DisplayName} في البوابة"),
                BilingualText.Isolated($"{user.DisplayName} ({user.Email}) confirmed their email address and is waiting for your approval.",
                    $"أكّد {user.DisplayName} ({user.Email}) بريده الإلكتروني وينتظر موافقتك."), "/admin/signups"), ct);
    }
}
