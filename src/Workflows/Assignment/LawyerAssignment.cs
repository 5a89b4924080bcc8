using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Assignment;

// Applies a request type's assignment rules to a new matter or contract, in the submission's unit
// of work: the lawyer is set and the history says which rule chose them, as done by the system.
// Called before the first step's effects, so that an entry notice to AssignedLawyer reaches them.
// Like a manual assignment, it sends no notice of its own.
public sealed class LawyerAssignment(PortalDb db, SubjectParties parties, WorkflowRunner runner, TimeProvider clock)
{
    public const string Trigger = "AssignedByRule";

    public async Task ApplyAsync(RequestType type, IWorkflowSubject subject, WorkflowInstance instance, CancellationToken ct)
    {
        if (type.Assignment is not { } rules) return;
        // The staff list is read once per unit of work and shared with the submission's notices.
        var staff = (await parties.LegalTeamAsync(ct)).Concat(await parties.AdminsAsync(ct)).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        var chosen = await ChooseAsync(type.Id, rules, RuleFields.Definition(type.Fields), RuleFields.Data(subject), staff, ct);
        if (chosen is not { } choice) return;
        subject.AssignLawyer(choice.Lawyer.Id, clock.GetUtcNow());
        runner.Remark(db, instance, Trigger, choice.Reason);
    }

    sealed record Choice(Person Lawyer, LocalizedText Reason);

    async Task<Choice?> ChooseAsync(Guid typeId, AssignmentRules rules, WorkflowDefinition fields, InstanceData data,
        IReadOnlyDictionary<Guid, Person> staff, CancellationToken ct)
    {
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var rule = rules.Rules[i];
            if (rule.When is null || !CompiledCondition.Compile(rule.When, fields).Holds(data)) continue;
            if (await TargetAsync(typeId, rule, rules, staff, ct) is { } found)
                return new Choice(found.Lawyer, Reason(found, $"rule {i + 1}", $"القاعدة {i + 1}"));
        }
        return rules.Otherwise is { } otherwise && await TargetAsync(typeId, otherwise, rules, staff, ct) is { } fallback
            ? new Choice(fallback.Lawyer, Reason(fallback, "the otherwise rule", "القاعدة البديلة"))
            : null;
    }

    // Inactive or removed lawyers are skipped: a lone one leaves the rule to the next, a pool turns among the rest.
    async Task<(Person Lawyer, string? Pool)?> TargetAsync(Guid typeId, AssignmentTarget target, AssignmentRules rules,
        IReadOnlyDictionary<Guid, Person> staff, CancellationToken ct)
    {
        if (target.Lawyer is { } lawyer)
            return staff.TryGetValue(lawyer, out var person) ? (person, null) : null;
        var pool = rules.Pools.FirstOrDefault(p => p.Name == target.Pool);
        var active = pool?.Lawyers.Where(staff.ContainsKey).Select(l => staff[l]).ToList() ?? [];
        if (pool is null || active.Count == 0) return null;
        var taken = await TakeTurnAsync(typeId, pool.Name, ct);
        return (active[(int)((taken - 1) % active.Count)], pool.Name);
    }

    // One upsert counts the turn atomically: the row lock serialises two app instances on
    // PostgreSQL, the single writer does on SQLite, and the SQL is the same on both. Like a
    // reference number, a turn drawn by a submission that then fails is skipped.
    async Task<long> TakeTurnAsync(Guid typeId, string pool, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""
            INSERT INTO "AssignmentTurns" ("RequestTypeId", "Pool", "Taken") VALUES ({typeId}, {pool}, 1)
            ON CONFLICT ("RequestTypeId", "Pool") DO UPDATE SET "Taken" = "AssignmentTurns"."Taken" + 1
            RETURNING "Taken" AS "Value"
            """).ToListAsync(ct)).Single();

    // Clients read the matter's history too: the line names the lawyer and the rule, not the pool
    // (an internal grouping); the name is isolated so a Latin name keeps its place in the Arabic line.
    static LocalizedText Reason((Person Lawyer, string? Pool) found, string rule, string ruleAr)
    {
        var name = Bidi.Isolate(found.Lawyer.DisplayName);
        return found.Pool is null
            ? new($"Assigned to {name} by {rule}.", $"أُسند إلى {name} بموجب {ruleAr}.")
            : new($"Assigned to {name} by {rule}, in turn.", $"أُسند إلى {name} بموجب {ruleAr}، بالتناوب.");
    }
}
