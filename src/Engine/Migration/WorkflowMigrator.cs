using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Migration;

// Moves running instances from one published version of a definition to another. A dry run
// (PlanAsync) and the real move (MigrateAsync) compute each instance's move with the same
// function, so what the dry run lists is what applying does. Nothing already done is re-run:
// the instance keeps its history and data, only its version and state change.
public sealed class WorkflowMigrator(WorkflowDefinitionCache cache, WorkflowRunner runner, TimeProvider time)
{
    public const string Trigger = "Migrate";

    static readonly WorkflowTaskStatus[] Open = [WorkflowTaskStatus.Pending, WorkflowTaskStatus.Waiting];

    public async Task<WorkflowResult<PreparedMigration>> PrepareAsync(DbContext db, MigrationRequest request, CancellationToken ct = default)
    {
        if (request.FromVersion == request.ToVersion)
            return new Invalid("migration-same-version", "Choose two different versions. / اختر إصدارين مختلفين.",
                new Dictionary<string, string[]> { ["toVersion"] = ["The target version must differ from the source version. / يجب أن يختلف الإصدار الهدف عن الإصدار المصدر."] });
        var source = await cache.GetAsync(db, request.Key, request.FromVersion, ct);
        var target = await cache.GetAsync(db, request.Key, request.ToVersion, ct);
        if (source is null || target is null)
            return new NotFound("definition-not-found",
                $"'{request.Key}' has no published version {(source is null ? request.FromVersion : request.ToVersion)}.");
        var mapping = StateMappings.Build(source.Definition, target.Definition, request.Mapping);
        return mapping.IsSuccess ? new PreparedMigration(source, target, mapping.Value) : mapping.Error;
    }

    // The dry run: every running instance on the source version and what applying would do to it.
    public async Task<MigrationPlan> PlanAsync(DbContext db, PreparedMigration migration, CancellationToken ct = default)
    {
        var (key, version) = (migration.Source.Key, migration.Source.Version);
        var instances = await Running(db, key, version).AsNoTracking().OrderBy(i => i.StartedAt).ToListAsync(ct);
        var approvals = await (from t in db.Set<ApprovalTask>().AsNoTracking()
                               join i in Running(db, key, version) on t.InstanceId equals i.Id
                               where t.Visit == i.Visit && Open.Contains(t.Status)
                               select t).ToListAsync(ct);
        var signatures = await (from t in db.Set<SignatureTask>().AsNoTracking()
                                join i in Running(db, key, version) on t.InstanceId equals i.Id
                                where t.Visit == i.Visit && Open.Contains(t.Status)
                                select t).ToListAsync(ct);
        var timers = await (from t in db.Set<WorkflowTimer>().AsNoTracking()
                            join i in Running(db, key, version) on t.InstanceId equals i.Id
                            where t.Status == TimerStatus.Pending
                            select t).ToListAsync(ct);
        var approvalsOf = approvals.ToLookup(t => t.InstanceId);
        var signaturesOf = signatures.ToLookup(t => t.InstanceId);
        var timersOf = timers.ToLookup(t => t.InstanceId);
        var now = time.GetUtcNow();
        var moves = instances.Select(i => migration.Move(i, approvalsOf[i.Id], signaturesOf[i.Id], timersOf[i.Id], runner, now)).ToList();
        return new MigrationPlan(key, version, migration.Target.Version, migration.Mapping, moves);
    }

    // Moves one instance, tracked and unsaved; the caller saves it with its subject's changes
    // (WorkflowRunner.SaveAsync turns a concurrent move into a Conflict). expectedVersion is the
    // instance's version the person saw in the dry run: if it moved since, nothing is changed.
    public async Task<WorkflowResult<Migrated>> MigrateAsync(DbContext db, PreparedMigration migration, Guid instanceId, int expectedVersion,
        Actor actor, string? note, CancellationToken ct = default)
    {
        var instance = await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null)
            return new NotFound("instance-not-found", "No such workflow instance.");
        if (instance.DefinitionKey != migration.Source.Key || instance.DefinitionVersion != migration.Source.Version || instance.CompletedAt is not null)
            return new Conflict("instance-not-on-source", $"The instance is no longer running on version {migration.Source.Version}.");
        if (instance.Version != expectedVersion)
            return new Conflict("instance-changed", "The instance was changed by someone since the dry run.");

        var approvals = await db.Set<ApprovalTask>().Where(t => t.InstanceId == instance.Id && t.Visit == instance.Visit && Open.Contains(t.Status)).ToListAsync(ct);
        var signatures = await db.Set<SignatureTask>().Where(t => t.InstanceId == instance.Id && t.Visit == instance.Visit && Open.Contains(t.Status)).ToListAsync(ct);
        var timers = await db.Set<WorkflowTimer>().Where(t => t.InstanceId == instance.Id && t.Status == TimerStatus.Pending).ToListAsync(ct);
        var now = time.GetUtcNow();
        var move = migration.Move(instance, approvals, signatures, timers, runner, now);
        if (!move.CanMove)
            return new Conflict("state-unmapped", $"'{move.FromState}' has no target state in version {migration.Target.Version}. / لا توجد للحالة «{move.FromState}» حالة هدف في الإصدار {migration.Target.Version}.");

        var target = migration.Target.State(move.ToState!);
        var kept = move.Tasks.Count > 0 && move.Tasks.All(t => t.Kept);
        if (kept)
        {
            foreach (var task in approvals) task.MoveTo(target.Name);
            foreach (var task in signatures) task.MoveTo(target.Name);
        }
        else
        {
            new ApprovalRound(approvals).CancelOpen(now);
            new SignatureRound(signatures).CancelOpen(now);
        }
        var effects = new List<WorkflowEffect>();
        var fresh = !kept && target.Kind != StateKind.Normal;
        if (fresh || target.Final)
            WorkflowRunner.AddEntryEffects(target, effects, migration.Target, instance.Data);
        var from = instance.State;
        instance.MigrateTo(migration.Target.Version, target.Name, fresh, target.Final, now);
        FollowDeadlines(instance, move, timers, now, db);
        var fields = new Dictionary<string, string>
        {
            ["fromVersion"] = migration.Source.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["toVersion"] = migration.Target.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var entry = new WorkflowHistoryEntry(instance, actor, Trigger, from, note, fields, now);
        db.Add(entry);
        return new Migrated(instance, entry, move, effects);
    }

    // The deadlines as the move listed them: kept timers re-pointed at the target's deadline, the
    // others cancelled, the target's new ones written in the same unit of work.
    static void FollowDeadlines(WorkflowInstance instance, InstanceMove move, IEnumerable<WorkflowTimer> timers, DateTimeOffset now, DbContext db)
    {
        var byId = timers.ToDictionary(t => t.Id);
        foreach (var deadline in move.Deadlines)
        {
            if (deadline.Change == DeadlineChange.Set)
                db.Add(new WorkflowTimer(instance.Id, deadline.State, instance.Visit, deadline.Deadline, deadline.DueAt, now));
            else if (deadline.TimerId is { } id && byId.TryGetValue(id, out var timer))
            {
                if (deadline.Change == DeadlineChange.Kept) timer.MoveTo(deadline.State, deadline.Deadline, instance.Visit);
                else timer.Cancel(now);
            }
        }
    }

    static IQueryable<WorkflowInstance> Running(DbContext db, string key, int version) =>
        db.Set<WorkflowInstance>().Where(i => i.DefinitionKey == key && i.DefinitionVersion == version && i.CompletedAt == null);
}

// Both compiled versions and the mapping, checked once for a whole batch.
public sealed class PreparedMigration
{
    internal PreparedMigration(CompiledWorkflow source, CompiledWorkflow target, StateMapping mapping) =>
        (Source, Target, Mapping) = (source, target, mapping);

    public CompiledWorkflow Source { get; }
    public CompiledWorkflow Target { get; }
    public StateMapping Mapping { get; }

    internal InstanceMove Move(WorkflowInstance instance, IEnumerable<ApprovalTask> approvals, IEnumerable<SignatureTask> signatures,
        IEnumerable<WorkflowTimer> timers, WorkflowRunner runner, DateTimeOffset now)
    {
        var before = Source.State(instance.State);
        var to = Mapping.Targets.GetValueOrDefault(instance.State);
        var after = to is null ? null : Target.State(to);
        var kept = after is not null && after.Kind == before.Kind;
        var tasks = approvals.OrderBy(t => t.Step).ThenBy(t => t.Position)
            .Select(t => new TaskMove(t.Id, StateKind.Approval, t.AssigneeId, t.AssigneeName, t.Status, kept))
            .Concat(signatures.OrderBy(t => t.Order)
                .Select(t => new TaskMove(t.Id, StateKind.Signature, t.SignerId, t.SignerName, t.Status, kept)))
            .ToList();
        return new InstanceMove(instance.Id, instance.Subject, instance.Version, instance.State, to,
            ClientLabel(before), after is null ? null : ClientLabel(after), tasks)
        {
            Deadlines = after is null ? [] : Deadlines(instance, after, afresh: after.Kind != StateKind.Normal && !(tasks.Count > 0 && kept),
                timers.Where(t => t.Status == TimerStatus.Pending), runner, now),
        };
    }

    List<DeadlineMove> Deadlines(WorkflowInstance instance, StateDefinition after, bool afresh, IEnumerable<WorkflowTimer> timers,
        WorkflowRunner runner, DateTimeOffset now)
    {
        var moves = new List<DeadlineMove>();
        var taken = new HashSet<int>();
        foreach (var timer in timers.OrderBy(t => t.DueAt))
        {
            var declared = Source.State(timer.State).Deadlines.ElementAtOrDefault(timer.Deadline);
            var same = afresh || declared is null || timer.State != instance.State ? -1 : Same(after, declared, taken);
            if (same >= 0)
            {
                taken.Add(same);
                moves.Add(new DeadlineMove(after.Name, same, after.Deadlines[same], timer.DueAt, DeadlineChange.Kept, timer.Id));
            }
            else if (declared is not null)
                moves.Add(new DeadlineMove(timer.State, timer.Deadline, declared, timer.DueAt, DeadlineChange.Cancelled, timer.Id));
            else
                moves.Add(new DeadlineMove(timer.State, timer.Deadline, new DeadlineDefinition(), timer.DueAt, DeadlineChange.Cancelled, timer.Id));
        }
        if (after.Final)
            return moves;
        moves.AddRange(runner.DueTimes(after, instance.Data, now).Where(d => !taken.Contains(d.Deadline))
            .Select(d => new DeadlineMove(after.Name, d.Deadline, after.Deadlines[d.Deadline], d.DueAt, DeadlineChange.Set)));
        return moves;
    }

    // The target state's deadline declared exactly as the pending one was (same duration, parties, transition, texts).
    static int Same(StateDefinition after, DeadlineDefinition declared, HashSet<int> taken)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(declared);
        for (var i = 0; i < after.Deadlines.Count; i++)
        {
            if (!taken.Contains(i) && System.Text.Json.JsonSerializer.Serialize(after.Deadlines[i]) == text)
                return i;
        }
        return -1;
    }

    static LocalizedText ClientLabel(StateDefinition state) => state.ClientLabel ?? state.Label ?? new LocalizedText(state.Name, state.Name);
}
