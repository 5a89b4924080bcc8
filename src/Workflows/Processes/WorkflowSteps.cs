using Microsoft.Extensions.Logging;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Effects;
using WorkflowPortal.Workflows.Processes.Guards;
using WorkflowPortal.Workflows.Processes.Subjects;
using Actor = WorkflowPortal.Workflows.Access.Actor;
using EngineActor = WorkflowPortal.Engine.Runtime.Actor;

namespace WorkflowPortal.Workflows.Processes;

// Moves the workflow of any subject (matter, litigation case, contract): load, decide, carry out
// the effects, save, in one transaction. The subject's own use cases only find it and show it.
public sealed class WorkflowSteps(PortalDb db, WorkflowRunner runner, InstanceStates states, EffectHandlers effects,
    GuardFacts guards, SubjectParties parties, TimeProvider clock, ILogger<WorkflowSteps> logger)
{
    public const int MaxComment = 4000;

    public const string ClientRefusal =
        "Clients never approve, reject or sign: the legal team and the people it assigns do. This attempt has been recorded.";

    public static EngineActor EngineActor(IWorkflowSubject subject, Actor actor) =>
        actor.ToEngine(isRequester: subject.RequesterId == actor.UserId, isAssignedLawyer: subject.AssignedLawyerId == actor.UserId);

    // The person as the guards of this subject's pinned definition see them.
    public Func<Engine.Definitions.WorkflowDefinition, CancellationToken, Task<EngineActor>> GuardedActor(IWorkflowSubject subject, Actor actor) =>
        async (definition, ct) => EngineActor(subject, actor) with { Guards = await guards.HeldAsync(subject, definition, ct) };

    // historyLimit: the subject pages show the newest entries and page back through HistoryAsync.
    public async Task<Result<InstanceView>> ViewAsync(IWorkflowSubject subject, Actor actor, CancellationToken ct, int? historyLimit = null)
    {
        var view = await runner.GetViewAsync(db, subject.WorkflowInstanceId, GuardedActor(subject, actor), ct, historyLimit);
        return view.IsSuccess ? view.Value : view.Error.ToError();
    }

    // One page of a subject's history, newest first; the caller has checked the person may see the subject.
    public async Task<Result<Page<HistoryView>>> HistoryAsync(IWorkflowSubject subject, string? cursor, int? limit, CancellationToken ct)
    {
        if (!Paging.SequenceCursor.TryDecode(cursor, out var before))
            return Error.Invalid("cursor", "The cursor is not one this history issued; start again without it.");
        var take = Paging.Cursor.Limit(limit);
        var page = await runner.GetHistoryAsync(db, subject.WorkflowInstanceId, before, take, ct);
        if (!page.IsSuccess) return page.Error.ToError();
        var (entries, more) = page.Value;
        return new Page<HistoryView>(entries, more ? Paging.SequenceCursor.Encode(entries[^1].Sequence) : null);
    }

    // A person's request to fire, as typed: the trigger and the comment are checked here once.
    public Task<Result<Fired>> FireAsync(IWorkflowSubject subject, string? trigger, string? comment,
        IReadOnlyDictionary<string, string>? fields, Actor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(trigger)) return Task.FromResult<Result<Fired>>(Error.Invalid("trigger", "Choose the action to take."));
        if ((comment?.Length ?? 0) > MaxComment)
            return Task.FromResult<Result<Fired>>(Error.Invalid("comment", $"A comment is at most {MaxComment} characters."));
        return FireAsync(subject, new FireCommand(trigger.Trim(), string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), fields), actor, null, ct);
    }

    // record runs after the engine accepted the step and before the effects: a signature's evidence.
    public async Task<Result<Fired>> FireAsync(IWorkflowSubject subject, FireCommand command, Actor actor, Action<Fired>? record, CancellationToken ct)
    {
        var fired = await runner.FireAsync(db, subject.WorkflowInstanceId, GuardedActor(subject, actor), command, ct);
        if (!fired.IsSuccess)
        {
            var error = fired.Error.ToError();
            return error.Code == ClientCannotDecide ? await RefuseClientAsync(subject, command.Trigger, actor, ct) : error;
        }
        record?.Invoke(fired.Value);
        var followed = await FollowAsync(subject, fired.Value.Instance, fired.Value.Effects, actor, command.Comment, ct);
        if (!followed.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return followed.Error;
        }
        var saved = await runner.SaveAsync(db, ct);
        return saved.IsSuccess ? fired.Value : saved.Error.ToError();
    }

    // After a start or a fire: the subject's status mirror, then every effect through its
    // handler. Unsaved: the caller commits it with the step.
    public async Task<Result<Done>> FollowAsync(IWorkflowSubject subject, WorkflowInstance instance, IReadOnlyList<WorkflowEffect> stepEffects,
        Actor actor, string? comment, CancellationToken ct)
    {
        var state = await states.OfAsync(db, instance, ct);
        subject.Follow(new SubjectStep(state.Name, state.Category, state.WaitingOn, actor.IsLegalTeam, comment, clock.GetUtcNow()));
        return await effects.RunAsync(new EffectContext(subject, instance, state, actor), stepEffects, ct);
    }

    public async Task<Result<Done>> AssignAsync(IWorkflowSubject subject, Guid? lawyerId, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return Error.Forbidden("Only the legal team assigns a lawyer.");
        if (lawyerId is { } lawyer && !await parties.IsLegalTeamMemberAsync(lawyer, ct))
            return Error.Invalid("lawyerId", "Choose an active member of the legal team.");
        subject.AssignLawyer(lawyerId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    // A client's decision is refused, whatever the definition says, and the attempt is kept.
    public async Task<Error> RefuseClientAsync(IWorkflowSubject subject, string what, Actor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        logger.LogWarning("Client {UserId} tried to {What} on {Kind} {SubjectId}; refused.", actor.UserId, what, subject.SubjectKind, subject.Id);
        if (subject.RefusalRecord(actor.UserId, actor.DisplayName, what, clock.GetUtcNow()) is { } record)
        {
            db.Add(record);
            await db.SaveChangesAsync(ct);
        }
        return new Error(ErrorKind.Forbidden, ClientCannotDecide, ClientRefusal);
    }

    const string ClientCannotDecide = "client-cannot-decide";
}
