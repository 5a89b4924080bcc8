using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.People;

public sealed class AccessPolicies(PortalDb db, AccountOptions options)
{
    public async Task<AccessPolicy> CurrentAsync(CancellationToken ct) =>
        await db.Set<AccessPolicy>().AsNoTracking().FirstOrDefaultAsync(ct) ?? AccessPolicy.Initial(options.SignUp);

    public async Task<Result<AccessPolicyView>> GetAsync(Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator changes access settings.");
        return View(await CurrentAsync(ct));
    }

    public async Task<Result<AccessPolicyView>> ChangeAsync(AccessPolicyView command, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator changes access settings.");
        if (!Enum.TryParse<SignUpMode>(command.SignUpMode, true, out var mode) || int.TryParse(command.SignUpMode, out _))
            return Error.Invalid("signUpMode", "signUpMode must be Disabled, AutoApprove or RequiresApproval.");
        var policy = await db.Set<AccessPolicy>().FirstOrDefaultAsync(ct);
        if (policy is null) db.Add(policy = AccessPolicy.Initial(mode));
        policy.Change(mode, command.RequireTwoFactorForLegalTeam);
        await db.SaveChangesAsync(ct);
        return View(policy);
    }

    static AccessPolicyView View(AccessPolicy p) => new(p.SignUpMode.ToString(), p.RequireTwoFactorForLegalTeam);
}
