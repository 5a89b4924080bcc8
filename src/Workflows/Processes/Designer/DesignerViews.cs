using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Processes.Designer;

public sealed record WorkflowListRow(
    string Key, LocalizedText? Name, int? PublishedVersion, int? DraftVersion,
    IReadOnlyList<BilingualText> RequestTypes, IReadOnlyDictionary<int, int> RunningByVersion);

public sealed record RequestTypeChoice(Guid Id, BilingualText Name, string WorkflowKey);

public sealed record RunningInstance(Guid InstanceId, string MatterReference, int Version, string State);

// Everything the designer page opens with; `Latest` is null for a workflow not saved yet.
public sealed record DesignerData(
    DefinitionVersionView? Latest, WorkflowDefinition? Published, IReadOnlyList<DefinitionVersionSummary> Versions,
    IReadOnlyList<RequestTypeChoice> RequestTypes, IReadOnlyList<RunningInstance> Running);

public sealed record InstanceDesign(string MatterReference, InstanceDetails Instance, WorkflowDefinition Definition);
