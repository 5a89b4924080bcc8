using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.People;

// How a person is brought in: an administrator (or, for clients, the legal team) invites them;
// the email carries a single-use, expiring link to set a password. The user row, its role and
// the email are committed in one transaction.
public sealed class Invitations(
    PortalDb db, UserManager<PortalUser> users, Mailer mailer, ClientDirectory clients,
    TimeProvider clock, IOptions<PortalLinks> links, AccountOptions options, IWorkingCalendarSource calendar)
{
    public async Task<Result<Invited>> InviteTeamMemberAsync(InviteTeamMember command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator invites legal-team members.");
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Email(fields, command.Email);
        PeopleRules.DisplayName(fields, command.DisplayName);
        PeopleRules.Language(fields, command.Language);
        if (command.Role is not (Roles.Admin or Roles.LegalTeam)) fields["role"] = ["role must be Admin or LegalTeam."];
        if (PeopleRules.Check(fields) is { } invalid) return invalid;
        return await InviteAsync(command.Email!, command.DisplayName!, command.Language, command.Role!, null, null, actor, ct);
    }

    public async Task<Result<Invited>> InvitePortalUserAsync(InvitePortalUser command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team invites portal users.");
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Email(fields, command.Email);
        PeopleRules.DisplayName(fields, command.DisplayName);
        PeopleRules.Language(fields, command.Language);
        if (command.Kind is not (Roles.Client or Roles.Collaborator)) fields["kind"] = ["kind must be Client or Collaborator."];
        if (PeopleRules.Check(fields) is { } invalid) return invalid;
        if (await clients.CheckMembershipAsync(command.ClientId, command.DepartmentId, ct) is { } membership) return membership;
        return await InviteAsync(command.Email!, command.DisplayName!, command.Language, command.Kind!,
            command.ClientId, command.DepartmentId, actor, ct);
    }

    public async Task<Result<Done>> ResendAsync(Guid userId, Actor actor, CancellationToken ct)
    {
        var target = await PeopleDirectory.TargetAsync(db, users, userId, actor, ct);
        if (!target.IsSuccess) return target.Error;
        var user = target.Value;
        if (user.Status is not (PortalUserStatus.Invited or PortalUserStatus.Revoked))
            return Error.Conflict("not_invited", "This person has already accepted their invitation.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.ReInvite(clock.GetUtcNow());
        // A new stamp voids the earlier link: only the newest invitation works.
        await users.UpdateSecurityStampAsync(user);
        await StageInvitationAsync(user, actor, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Done.Value;
    }

    public async Task<Result<Done>> RevokeAsync(Guid userId, Actor actor, CancellationToken ct)
    {
        var target = await PeopleDirectory.TargetAsync(db, users, userId, actor, ct);
        if (!target.IsSuccess) return target.Error;
        var user = target.Value;
        if (user.Status != PortalUserStatus.Invited)
            return Error.Conflict("not_invited", "Only a pending invitation can be revoked.");
        user.RevokeInvitation();
        await users.UpdateSecurityStampAsync(user);
        return Done.Value;
    }

    public async Task<Result<Done>> AcceptAsync(AcceptInvitation command, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        PeopleRules.Required(fields, "userId", command.UserId, "userId is required.");
        PeopleRules.Required(fields, "token", command.Token, "token is required.");
        PeopleRules.Required(fields, "password", command.Password, "Choose a password.");
        if (PeopleRules.Check(fields) is { } invalid) return invalid;

        var user = await users.FindByIdAsync(command.UserId!.Value.ToString());
        if (user is not { Status: PortalUserStatus.Invited }
            || !await users.VerifyUserTokenAsync(user, TimedTokenProvider.Name, TimedTokenProvider.InvitationPurpose, command.Token!))
            return PeopleRules.BadToken();
        if (await PeopleRules.CheckPasswordAsync(users, user, command.Password) is { } weak) return weak;

        user.AcceptInvitation();
        // Setting the password changes the security stamp: the same link cannot be used again.
        var added = await users.AddPasswordAsync(user, command.Password!);
        return added.Succeeded ? Done.Value : PeopleRules.Failed(added, "password");
    }

    async Task<Result<Invited>> InviteAsync(string email, string name, string? language, string role,
        Guid? clientId, Guid? departmentId, Actor actor, CancellationToken ct)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return Error.Conflict("email_taken", "Someone with this email address already has an account or an invitation.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = PortalUser.Invited(email, name.Trim(), language ?? "en", clock.GetUtcNow());
        if (clientId is { } client) user.JoinClient(client, departmentId);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return PeopleRules.Failed(created, "email");
        await users.AddToRoleAsync(user, role);
        await StageInvitationAsync(user, actor, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Invited(user.Id);
    }

    async Task StageInvitationAsync(PortalUser user, Actor actor, CancellationToken ct)
    {
        var inviter = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? EmailTemplates.Product;
        var token = await users.GenerateUserTokenAsync(user, TimedTokenProvider.Name, TimedTokenProvider.InvitationPurpose);
        var link = links.Value.Absolute($"/account/accept-invitation?userId={user.Id}&token={Uri.EscapeDataString(token)}&lang={user.Language}");
        var expires = EmailTemplates.FormatDate(clock.GetUtcNow() + options.InvitationLifetime, user.Language, ReaderTimeZones.Of(user.TimeZone, calendar));
        mailer.Stage(user, "invitation", new Dictionary<string, string> { ["inviter"] = inviter, ["expires"] = expires }, link);
    }
}
