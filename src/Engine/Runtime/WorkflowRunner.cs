using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// Load -> decide -> save. Every method works on the caller's DbContext and leaves the changes
// tracked but unsaved, so the domain's own changes commit in the same transaction; SaveAsync
// then commits and turns a lost race into a Conflict.
public sealed partial class WorkflowRunner(WorkflowDefinitionCache cache, TimeProvider time, IWorkingCalendarSource? calendars = null)
{
    public const string StartTrigger = "Start";

    // Starts on the version published now; the instance stays pinned to it for life.
    // `data` is what the request brought (its form values); conditions and deadlines read it.
    public async Task<WorkflowResult<Started>> StartAsync(
        DbContext db, string definitionKey, WorkflowSubject subject, Actor actor, CancellationToken ct = default, InstanceData? data = null)
    {
        var version = await db.Set<WorkflowDefinitionVersion>()
            .Where(v => v.Key == definitionKey && v.Status == DefinitionStatus.Published)
            .MaxAsync(v => (int?)v.Version, ct);
        var workflow = version is null ? null : await cache.GetAsync(db, definitionKey, version.Value, ct);
        if (workflow is null)
            return new NotFound("definition-not-found", $"No published workflow '{definitionKey}'.");

        var now = time.GetUtcNow();
        var initial = workflow.State(workflow.Definition.InitialState);
        var instance = new WorkflowInstance(workflow.Key, workflow.Version, initial.Name, subject, now, data);
        db.Add(instance);
        db.Add(new WorkflowHistoryEntry(instance, actor, StartTrigger, null, null, null, now));
        db.AddRange(Schedule(instance, initial, now));
        var effects = new List<WorkflowEffect>();
        AddEntryEffects(initial, effects, workflow, instance.Data);
        return new Started(instance, effects);
    }

    public Task<WorkflowResult<Fired>> FireAsync(
        DbContext db, Guid instanceId, Actor actor, FireCommand command, CancellationToken ct = default) =>
        FireAsync(db, instanceId, (_, _) => Task.FromResult(actor), command, ct);

    // actorFor loads the guard facts the pinned definition needs, once it is known and before
    // the machine is built: guards themselves never touch the database.
    public async Task<WorkflowResult<Fired>> FireAsync(
        DbContext db, Guid instanceId, Func<WorkflowDefinition, CancellationToken, Task<Actor>> actorFor, FireCommand command,
        CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, instanceId, tracked: true, ct);
        if (!loaded.IsSuccess)
            return loaded.Error;
        var (instance, workflow, tasks, timers) = loaded.Value;
        var actor = await actorFor(workflow.Definition, ct);
        var decided = Decide(instance, workflow, tasks, actor, command, timers);
        if (decided.IsSuccess)
        {
            db.Add(decided.Value.Entry);
            db.AddRange(decided.Value.Scheduled);
        }
        return decided;
    }

    // The pure part of a fire: no I/O, everything it needs already loaded. Mutates the tracked
    // instance and tasks; the caller adds the returned history entry to its DbContext.
    internal WorkflowResult<Fired> Decide(WorkflowInstance instance, CompiledWorkflow workflow, OpenTasks tasks, Actor actor, FireCommand command,
        IReadOnlyList<WorkflowTimer>? timers = null, LocalizedText? reason = null)
    {
        // The command's own fields take part in routing: "submit with a value of 600,000" goes to the board.
        var data = instance.Data.With(workflow.Definition, command.Fields);
        var transition = workflow.Route(instance.State, command.Trigger, data);
        if (transition is null)
            return new Conflict("transition-unavailable", $"'{command.Trigger}' is not possible while the instance is in '{instance.State}'.");
        if (transition.RefusesClients && actor.IsClient)
            return new Forbidden("client-cannot-decide", "Clients never approve, reject or sign.");

        // One Fire evaluates the guards once; a refusal lands in the unhandled-trigger hook instead
        // of an exception. The machine only computes the target: nothing changes until the checks pass.
        string? target = null;
        ICollection<string>? unmet = null;
        var machine = workflow.BuildMachine(instance.State, s => target = s, new GuardFacts(actor, tasks.IsPendingFor(actor.UserId), data));
        machine.OnUnhandledTrigger((_, _, guards) => unmet = guards);
        machine.Fire(command.Trigger);
        if (target is null)
            return new Forbidden("transition-forbidden", $"You may not '{command.Trigger}' here ({string.Join("; ", unmet ?? [])}).");
        var invalid = RequiredFields.Check(workflow.Definition, transition.Definition, command);
        if (invalid is not null)
            return invalid;

        var now = time.GetUtcNow();
        var effects = new List<WorkflowEffect>();
        var from = instance.State;
        var before = instance.Data;
        instance.Record(data);
        var scheduled = new List<WorkflowTimer>();
        if (tasks.Decide(transition.Definition.Action, actor.UserId, command.Comment, now, effects))
        {
            tasks.CancelOpen(now);
            var entered = workflow.State(target);
            reason ??= ApprovalsRestarted(workflow, entered, from, before, data);
            instance.Step(target, entered: true, entered.Final, now);
            AddTransitionEffects(transition.Definition, effects);
            AddEntryEffects(entered, effects, workflow, instance.Data);
            FollowDeadlines(instance, workflow, timers ?? [], before, entered: true, now, scheduled);
        }
        else
        {
            instance.Step(from, entered: false, final: false, now);
            FollowDeadlines(instance, workflow, timers ?? [], before, entered: false, now, scheduled);
        }
        var entry = new WorkflowHistoryEntry(instance, actor, command.Trigger, from, command.Comment, command.Fields, now, reason);
        return new Fired(instance, entry, effects) { Scheduled = scheduled };
    }

    public async Task<WorkflowResult<Saved>> SaveAsync(DbContext db, CancellationToken ct = default)
    {
        try
        {
            return new Saved(await db.SaveChangesAsync(ct));
        }
        catch (DbUpdateConcurrencyException)
        {
            return LostRace(db);
        }
        catch (DbUpdateException)
        {
            // EF inserts before it updates, so the loser of a race usually trips the unique
            // (instance, sequence) index of the history before the version check: same race.
            if (!await MovedByOthersAsync(db, ct))
                throw;
            return LostRace(db);
        }
    }

    // Someone else moved the instance first; their step stands and ours is dropped.
    static Conflict LostRace(DbContext db)
    {
        db.ChangeTracker.Clear();
        return new Conflict("instance-changed", "The workflow was changed by someone else. Reload and try again.");
    }

    static async Task<bool> MovedByOthersAsync(DbContext db, CancellationToken ct)
    {
        foreach (var entry in db.ChangeTracker.Entries<WorkflowInstance>().Where(e => e.State == EntityState.Modified).ToList())
        {
            var loaded = entry.Property(i => i.Version).OriginalValue;
            var id = entry.Entity.Id;
            var current = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstOrDefaultAsync(ct);
            if (current != loaded)
                return true;
        }
        return false;
    }

    // Re-entering an approval state starts its round again; when a field that one of its steps'
    // conditions reads has changed, the history says so: the approvals given were for other facts.
    static LocalizedText? ApprovalsRestarted(CompiledWorkflow workflow, StateDefinition entered, string from, InstanceData before, InstanceData after)
    {
        if (entered.Name != from || entered.Kind != StateKind.Approval)
            return null;
        var read = (entered.Approval ?? []).Where(s => s.When is not null).SelectMany(s => s.When!.Fields()).ToHashSet(StringComparer.Ordinal);
        var changed = after.ChangedFrom(before).Where(read.Contains).ToList();
        if (changed.Count == 0)
            return null;
        string Labels(string language) => string.Join(language == "ar" ? "، " : ", ",
            changed.Select(f => workflow.Definition.FindField(f)?.Label?.In(language) ?? f));
        return new LocalizedText($"Approvals restarted: {Labels("en")} changed, which decides who approves.",
            $"أُعيدت الاعتمادات من البداية: تغيّر {Labels("ar")}، وهو ما يحدد من يعتمد.");
    }

    static void AddTransitionEffects(TransitionDefinition transition, List<WorkflowEffect> effects) =>
        effects.AddRange(DeclaredEffects.OfTransition(transition));

    // An approval state's default steps are those whose condition holds on the data at entry.
    internal static void AddEntryEffects(StateDefinition state, List<WorkflowEffect> effects, CompiledWorkflow workflow, InstanceData data) =>
        effects.AddRange(DeclaredEffects.OnEntry(state).Select(effect => effect is StartApprovals start
            ? start with { DefaultSteps = workflow.ApplyingSteps(start.DefaultSteps, data) }
            : effect));
}
