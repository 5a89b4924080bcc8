using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Runtime;

// Load -> decide -> save. Every method works on the caller's DbContext and leaves the changes
// tracked but unsaved, so the domain's own changes commit in the same transaction; SaveAsync
// then commits and turns a lost race into a Conflict.
public sealed partial class WorkflowRunner(WorkflowDefinitionCache cache, TimeProvider time)
{
    public const string StartTrigger = "Start";

    // Starts on the version published now; the instance stays pinned to it for life.
    public async Task<WorkflowResult<Started>> StartAsync(
        DbContext db, string definitionKey, WorkflowSubject subject, Actor actor, CancellationToken ct = default)
    {
        var version = await db.Set<WorkflowDefinitionVersion>()
            .Where(v => v.Key == definitionKey && v.Status == DefinitionStatus.Published)
            .MaxAsync(v => (int?)v.Version, ct);
        var workflow = version is null ? null : await cache.GetAsync(db, definitionKey, version.Value, ct);
        if (workflow is null)
            return new NotFound("definition-not-found", $"No published workflow '{definitionKey}'.");

        var now = time.GetUtcNow();
        var initial = workflow.State(workflow.Definition.InitialState);
        var instance = new WorkflowInstance(workflow.Key, workflow.Version, initial.Name, subject, now);
        db.Add(instance);
        db.Add(new WorkflowHistoryEntry(instance, actor, StartTrigger, null, null, null, now));
        return new Started(instance, EntryEffects(initial));
    }

    public async Task<WorkflowResult<Fired>> FireAsync(
        DbContext db, Guid instanceId, Actor actor, FireCommand command, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, instanceId, tracked: true, ct);
        if (!loaded.IsSuccess)
            return loaded.Error;
        var (instance, workflow, tasks) = loaded.Value;

        var transition = workflow.Find(instance.State, command.Trigger);
        if (transition is null)
            return new Conflict("transition-unavailable", $"'{command.Trigger}' is not possible while the instance is in '{instance.State}'.");
        if (transition.Definition.IsDecision && actor.IsClient)
            return new Forbidden("client-cannot-decide", "Clients never approve, reject or sign.");

        var target = instance.State;
        var machine = workflow.BuildMachine(instance.State, s => target = s, new GuardFacts(actor, tasks.IsPendingFor(actor.UserId)));
        if (!machine.CanFire(command.Trigger, out var unmet))
            return new Forbidden("transition-forbidden", $"You may not '{command.Trigger}' here ({string.Join("; ", unmet)}).");
        var invalid = RequiredFields.Check(workflow.Definition, transition.Definition, command);
        if (invalid is not null)
            return invalid;

        var now = time.GetUtcNow();
        var effects = new List<WorkflowEffect>();
        var from = instance.State;
        if (tasks.Decide(transition.Definition.Action, actor.UserId, command.Comment, now, effects))
        {
            machine.Fire(command.Trigger);
            tasks.CancelOpen(now);
            var entered = workflow.State(target);
            instance.Step(target, entered: true, entered.Final, now);
            effects.AddRange(TransitionEffects(transition.Definition));
            effects.AddRange(EntryEffects(entered));
        }
        else
        {
            instance.Step(from, entered: false, final: false, now);
        }
        var entry = new WorkflowHistoryEntry(instance, actor, command.Trigger, from, command.Comment, command.Fields, now);
        db.Add(entry);
        return new Fired(instance, entry, effects);
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

    static IEnumerable<WorkflowEffect> TransitionEffects(TransitionDefinition transition)
    {
        if (transition.Notify.Count > 0)
            yield return new NotifyParties(transition.Notify);
        if (transition.Render is not null)
            yield return new RenderDocument(transition.Render);
    }

    static List<WorkflowEffect> EntryEffects(StateDefinition state) => state switch
    {
        { Final: true } => [new WorkflowCompleted(state.Name)],
        { Kind: StateKind.Approval } => [new StartApprovals(state.Name, state.Approval ?? [])],
        { Kind: StateKind.Signature } => [new StartSignatures(state.Name, state.Signers ?? [])],
        _ => [],
    };
}
