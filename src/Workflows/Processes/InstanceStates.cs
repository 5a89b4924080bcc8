using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;

namespace WorkflowPortal.Workflows.Processes;

// The definition of the state an instance is in (category, waiting on whom, labels), read from
// the cached compiled version the instance is pinned to.
public sealed class InstanceStates(WorkflowDefinitionCache cache)
{
    public async Task<StateDefinition> OfAsync(DbContext db, WorkflowInstance instance, CancellationToken ct)
    {
        var workflow = await cache.GetAsync(db, instance.DefinitionKey, instance.DefinitionVersion, ct)
            ?? throw new InvalidOperationException($"Instance {instance.Id} is pinned to {instance.DefinitionKey} v{instance.DefinitionVersion}, which is not published.");
        return workflow.State(instance.State);
    }
}
