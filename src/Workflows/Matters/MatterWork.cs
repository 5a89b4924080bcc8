using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using Actor = WorkflowPortal.Workflows.Access.Actor;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;

namespace WorkflowPortal.Workflows.Matters;

// Reading a matter with its workflow, and moving it through WorkflowSteps like any subject.
public sealed class MatterWork(PortalDb db, WorkflowSteps steps, TimeProvider clock)
{
    public async Task<Result<MatterDetail>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;
        var view = await steps.ViewAsync(matter, actor, ct, HistoryPage);
        if (!view.IsSuccess) return view.Error;
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
            matter.WorkflowInstanceId, instance.History, instance.Actions, matter.Rating, matter.RatingRemark)
        {
            Upcoming = actor.IsLegalTeam ? instance.Deadlines
                : [.. instance.Deadlines.Where(d => d.Public).Select(d => d with { Remind = [], Escalate = [] })],
            HistoryCursor = instance.HistoryBefore is { } before ? SequenceCursor.Encode(before) : null,
        };
    }

    // The newest history entries a matter's page and API answer carry; earlier ones by page.
    public const int HistoryPage = 20;

    public async Task<Result<Page<HistoryView>>> HistoryAsync(Guid id, Actor actor, string? cursor, int? limit, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;
        return await steps.HistoryAsync(matter, cursor, limit, ct);
    }

    public async Task<Result<MatterDetail>> FireAsync(Guid id, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        var matter = await db.Set<Matter>().VisibleTo(actor).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;
        var fired = await steps.FireAsync(matter, trigger, comment, fields, actor, ct);
        return fired.IsSuccess ? await GetAsync(id, actor, ct) : fired.Error;
    }

    public async Task<Result<MatterDetail>> AssignAsync(Guid id, Guid? lawyerId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return MatterLookup.NotFound;
        var matter = await db.Set<Matter>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (matter is null) return MatterLookup.NotFound;
        var assigned = await steps.AssignAsync(matter, lawyerId, actor, ct);
        return assigned.IsSuccess ? await GetAsync(id, actor, ct) : assigned.Error;
    }

    async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    static List<FieldValueView> FieldValues(RequestType type, Matter matter) =>
        [.. matter.Fields.Select(v => new FieldValueView(v.Key, v.Type,
            type.Fields.FirstOrDefault(f => f.Key == v.Key)?.Label ?? new BilingualText(v.Key, v.Key), v.Values))];
}
