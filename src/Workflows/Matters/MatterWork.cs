using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using Actor = WorkflowPortal.Workflows.Access.Actor;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using EngineRoles = WorkflowPortal.Engine.Definitions.WorkflowRoles;

namespace WorkflowPortal.Workflows.Matters;

// Reading a matter with its workflow, and moving it: every step goes through the engine's guards
// and is saved with the matter's own changes in one transaction.
public sealed class MatterWork(PortalDb db, WorkflowRunner runner, InstanceStates states, MatterNotices notices, TimeProvider clock)
{
    public async Task<Result<MatterDetail>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;
        var view = await runner.GetViewAsync(db, matter.WorkflowInstanceId, EngineActor(matter, actor), ct);
        if (!view.IsSuccess) return view.Error.ToError();
        var type = await db.Set<RequestType>().AsNoTracking().FirstAsync(t => t.Id == matter.RequestTypeId, ct);
        var names = await NamesAsync([matter.RequesterId, .. matter.AssignedLawyerId is { } l ? new[] { l } : []], ct);
        var instance = view.Value;
        var now = clock.GetUtcNow();

        return new MatterDetail(
            matter.Id, matter.Reference, matter.Kind, matter.Creates, matter.Title, type.Id, type.Name,
            matter.RequesterId, names.GetValueOrDefault(matter.RequesterId, ""), matter.ClientId,
            matter.AssignedLawyerId, matter.AssignedLawyerId is { } lawyer ? names.GetValueOrDefault(lawyer) : null,
            matter.Priority, matter.PracticeArea, matter.FromPortal, matter.SubmittedAt, matter.UpdatedAt,
            new MatterStatus(instance.State, actor.IsLegalTeam ? instance.StateLabel : instance.ClientLabel, instance.Category, instance.WaitingOn, matter.IsDone),
            new ClockView(matter.Clock.DueAt(now), matter.Clock.RespondedAt, matter.Clock.IsPaused, matter.Clock.IsOverdue(now)),
            FieldValues(type, matter),
            matter.WorkflowInstanceId, instance.History, instance.Actions, matter.Rating, matter.RatingRemark);
    }

    public async Task<Result<MatterDetail>> FireAsync(Guid id, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(trigger)) return Error.Invalid("trigger", "Choose the action to take.");
        if ((comment?.Length ?? 0) > MatterComments.MaxBody) return Error.Invalid("comment", $"A comment is at most {MatterComments.MaxBody} characters.");
        var matter = await db.Set<Matter>().VisibleTo(actor).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;

        var fired = await runner.FireAsync(db, matter.WorkflowInstanceId, EngineActor(matter, actor),
            new FireCommand(trigger.Trim(), string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), fields), ct);
        if (!fired.IsSuccess) return fired.Error.ToError();

        var now = clock.GetUtcNow();
        var state = await states.OfAsync(db, fired.Value.Instance, ct);
        var waitsOnRequester = state.WaitingOn == EngineRoles.Requester;
        var done = state.Category == Engine.Definitions.StateCategory.Done;
        // The team has answered when it writes to the client or finishes the matter. Merely
        // starting a review is not an answer, and asking the requester for more stops the clock.
        if (actor.IsLegalTeam && !waitsOnRequester && (done || !string.IsNullOrWhiteSpace(comment)))
            matter.RecordLegalTeamResponse(now);
        matter.Follow(state.Name, waitsOnRequester, done, now);
        await notices.SteppedAsync(matter, fired.Value.Effects, state, actor, ct);

        var saved = await runner.SaveAsync(db, ct);
        if (!saved.IsSuccess) return saved.Error.ToError();
        return await GetAsync(id, actor, ct);
    }

    public async Task<Result<MatterDetail>> AssignAsync(Guid id, Guid? lawyerId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return MatterLookup.NotFound;
        var matter = await db.Set<Matter>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;
        if (lawyerId is { } lawyer && !await IsLegalTeamMemberAsync(lawyer, ct))
            return Error.Invalid("lawyerId", "Choose an active member of the legal team.");
        matter.AssignLawyer(lawyerId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, actor, ct);
    }

    static Engine.Runtime.Actor EngineActor(Matter matter, Actor actor) =>
        actor.ToEngine(isRequester: matter.RequesterId == actor.UserId, isAssignedLawyer: matter.AssignedLawyerId == actor.UserId);

    async Task<bool> IsLegalTeamMemberAsync(Guid userId, CancellationToken ct) =>
        await (from user in db.Users
               join link in db.UserRoles on user.Id equals link.UserId
               join role in db.Roles on link.RoleId equals role.Id
               where user.Id == userId && user.Status == PortalUserStatus.Active && (role.Name == Roles.Admin || role.Name == Roles.LegalTeam)
               select user.Id).AnyAsync(ct);

    async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    static List<FieldValueView> FieldValues(RequestType type, Matter matter) =>
        [.. matter.Fields.Select(v => new FieldValueView(v.Key, v.Type,
            type.Fields.FirstOrDefault(f => f.Key == v.Key)?.Label ?? new BilingualText(v.Key, v.Key), v.Values))];
}
