using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Migration;

// Builds the mapping a migration applies: explicit entries first, then same-name states.
static class StateMappings
{
    public static WorkflowResult<StateMapping> Build(WorkflowDefinition source, WorkflowDefinition target, IReadOnlyDictionary<string, string>? chosen)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (from, to) in chosen ?? new Dictionary<string, string>())
        {
            if (source.FindState(from) is null)
                errors[$"mapping[{from}]"] = [$"Version {source.Version} has no state '{from}'. / لا يحتوي الإصدار {source.Version} على الحالة «{from}»."];
            else if (string.IsNullOrWhiteSpace(to) || target.FindState(to) is null)
                errors[$"mapping[{from}]"] = [$"'{from}' is mapped to '{to}', which version {target.Version} does not have. / رُبطت الحالة «{from}» بالحالة «{to}» وهي غير موجودة في الإصدار {target.Version}."];
        }
        if (errors.Count > 0)
            return new Invalid("mapping-invalid", "The state mapping names a state that does not exist. / يذكر ربط الحالات حالة غير موجودة.", errors);

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var automatic = new List<string>();
        var unmapped = new List<string>();
        foreach (var state in source.States)
        {
            if (chosen?.TryGetValue(state.Name, out var to) == true)
                targets[state.Name] = to;
            else if (target.FindState(state.Name) is not null)
            {
                targets[state.Name] = state.Name;
                automatic.Add(state.Name);
            }
            else
                unmapped.Add(state.Name);
        }
        return new StateMapping(targets, automatic, unmapped);
    }
}
