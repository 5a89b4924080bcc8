using WorkflowPortal.Engine.Conditions;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Workflows.Processes.Designer;

// A condition as the builder edits it: one group, all or any, of comparison rows. A condition
// with groups inside groups (possible in JSON) has no builder form: `Of` returns null and the
// designer carries it untouched, showing its sentence.
public sealed class DesignCondition
{
    public bool Any { get; set; }
    public List<DesignComparison> Rows { get; } = [];

    // The definition held one comparison without a group: written back the same way while it stays one row.
    public bool Bare { get; set; }

    public static DesignCondition New() => new() { Rows = { new DesignComparison() } };

    public static DesignCondition? Of(Condition? condition)
    {
        if (condition is null) return New();
        if (!condition.IsGroup)
            return new DesignCondition { Bare = true, Rows = { DesignComparison.Of(condition) } };
        var parts = condition.All ?? condition.Any!;
        if ((condition.All is not null && condition.Any is not null) || parts.Any(p => p.IsGroup)) return null;
        var design = new DesignCondition { Any = condition.All is null };
        design.Rows.AddRange(parts.Select(DesignComparison.Of));
        return design;
    }

    public Condition ToCondition(IReadOnlyList<FieldDefinition> fields)
    {
        if (Bare && Rows.Count == 1) return Rows[0].ToCondition(fields);
        var parts = Rows.Select(r => r.ToCondition(fields)).ToList();
        return Any ? new Condition { Any = parts } : new Condition { All = parts };
    }
}
