using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Migration;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.ChangeLog;
using WorkflowPortal.Workflows.Processes.Subjects;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes.Migration;

// Moving running matters and contracts to a newer version of their workflow: a dry run that lists
// every affected instance, then one audited batch. Each instance is saved on its own, so one that
// someone moved meanwhile is skipped and reported while the others go through.
public sealed class WorkflowMigrations(PortalDb db, WorkflowMigrator migrator, WorkflowRunner runner, WorkflowSubjects subjects,
    WorkflowSteps steps, Notifier notifier, TimeProvider clock)
{
    public const int MaxBatch = 500;

    static readonly Error AdminsOnly = Error.Forbidden("Only an administrator migrates running workflows.");

    public async Task<Result<MigrationPreview>> DryRunAsync(string key, MigrationDraft draft, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var prepared = await migrator.PrepareAsync(db, new MigrationRequest(key, draft.FromVersion, draft.ToVersion, draft.Mapping), ct);
        if (!prepared.IsSuccess) return prepared.Error.ToError();
        var plan = await migrator.PlanAsync(db, prepared.Value, ct);
        var references = await MigrationRows.ReferencesAsync(db, [.. plan.Instances.Select(i => i.InstanceId)], ct);
        return new MigrationPreview(key, draft.FromVersion, draft.ToVersion, MigrationRows.Mapping(prepared.Value, plan.Instances),
            [.. plan.Instances.Select(m => MigrationRows.Row(m, prepared.Value, references))]);
    }

    public async Task<Result<MigrationOutcome>> ApplyAsync(string key, MigrationApplication application, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return AdminsOnly;
        var chosen = application.Instances?.DistinctBy(i => i.InstanceId).ToList() ?? [];
        if (chosen.Count == 0) return Error.Invalid("instances", "Choose at least one instance to migrate.");
        if (chosen.Count > MaxBatch) return Error.Invalid("instances", $"A batch moves at most {MaxBatch} instances.");
        if (DefinitionChangeLog.CheckNote(application.Note) is { } tooLong) return tooLong;
        var prepared = await migrator.PrepareAsync(db, new MigrationRequest(key, application.FromVersion, application.ToVersion, application.Mapping), ct);
        if (!prepared.IsSuccess) return prepared.Error.ToError();
        var migration = prepared.Value;

        var references = await MigrationRows.ReferencesAsync(db, [.. chosen.Select(c => c.InstanceId)], ct);
        var engineActor = actor.ToEngine(isRequester: false, isAssignedLawyer: false);
        var migrated = new List<MigrationRow>();
        var skipped = new List<SkippedInstance>();
        foreach (var instance in chosen)
        {
            db.ChangeTracker.Clear();
            var moved = await MoveAsync(migration, instance, engineActor, actor, application.Note, ct);
            if (moved.IsSuccess) migrated.Add(MigrationRows.Row(moved.Value, migration, references));
            else skipped.Add(new SkippedInstance(instance.InstanceId, references.GetValueOrDefault(instance.InstanceId, ""), moved.Error.Code, moved.Error.Message));
        }

        db.ChangeTracker.Clear();
        var line = DefinitionChange.Migration(key, migration.Source.Version, migration.Target.Version, actor.UserId, actor.DisplayName, application.Note, clock.GetUtcNow());
        line.Record(migrated.Count, skipped.Count, JsonSerializer.Serialize(new
        {
            mapping = migration.Mapping.Targets,
            migrated = migrated.Select(m => m.InstanceId),
            skipped = skipped.Select(s => new { s.InstanceId, s.Code }),
        }));
        db.Add(line);
        await db.SaveChangesAsync(ct);
        return new MigrationOutcome(line.Id, key, migration.Source.Version, migration.Target.Version, migrated, skipped);
    }

    // One instance, one transaction: the move, its matter's or contract's mirror, the notices.
    async Task<Result<InstanceMove>> MoveAsync(PreparedMigration migration, ChosenInstance chosen, Engine.Runtime.Actor engineActor,
        Actor actor, string? note, CancellationToken ct)
    {
        var result = await migrator.MigrateAsync(db, migration, chosen.InstanceId, chosen.Version, engineActor, note, ct);
        if (!result.IsSuccess) return result.Error.ToError();
        var (instance, move) = (result.Value.Instance, result.Value.Move);
        var followed = await FollowAsync(instance, result.Value.Effects, actor, ct);
        if (followed is not null) return followed;
        await NoticeCancelledAsync(instance, move, migration, actor, ct);
        var saved = await runner.SaveAsync(db, ct);
        return saved.IsSuccess ? move : saved.Error.ToError();
    }

    // The subject's mirror and the effects of entering the new state, as for any step.
    async Task<Error?> FollowAsync(WorkflowInstance instance, IReadOnlyList<WorkflowEffect> effects, Actor actor, CancellationToken ct)
    {
        if (await subjects.ByInstanceAsync(instance.Id, actor, tracked: true, ct) is not { } subject) return null;
        var followed = await steps.FollowAsync(subject, instance, effects, actor, null, ct);
        return followed.IsSuccess ? null : followed.Error;
    }

    // People whose approval or signature is no longer needed hear so, in their own language.
    async Task NoticeCancelledAsync(WorkflowInstance instance, InstanceMove move, PreparedMigration migration, Actor actor, CancellationToken ct)
    {
        var cancelled = move.Tasks.Where(t => !t.Kept && t.Status == WorkflowTaskStatus.Pending).ToList();
        if (cancelled.Count == 0) return;
        var contract = await db.Set<Contract>().AsNoTracking().Where(c => c.WorkflowInstanceId == instance.Id).Select(c => new { c.Id, c.Reference }).FirstOrDefaultAsync(ct);
        var matter = contract is null ? await db.Set<Matter>().AsNoTracking().Where(m => m.WorkflowInstanceId == instance.Id).Select(m => new { m.Id, m.Reference }).FirstOrDefaultAsync(ct) : null;
        var reference = contract?.Reference ?? matter?.Reference;
        var link = contract is not null ? $"/contracts/{contract.Id}" : matter is not null ? $"/team/matters/{matter.Id}" : null;
        var target = migration.Target.State(move.ToState!).Label;
        foreach (var task in cancelled)
        {
            if (!Guid.TryParse(task.AssigneeId, out var person)) continue;
            var what = task.Kind == StateKind.Approval ? ("approval", "اعتمادك") : ("signature", "توقيعك");
            await notifier.StageAsync(new NotificationRequest(person, NotificationTypes.RequestUpdated,
                new($"Your {what.Item1} on {reference} is no longer needed", $"لم يعد {what.Item2} على {reference} مطلوبًا"),
                new($"{actor.DisplayName} moved it to version {migration.Target.Version} of its workflow ({target?.En}); the open task was cancelled.",
                    $"نقله {actor.DisplayName} إلى الإصدار {migration.Target.Version} من مساره ({target?.Ar})، فأُلغيت المهمة المفتوحة."),
                link), ct);
        }
    }
}
