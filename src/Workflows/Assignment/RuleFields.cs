using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Processes.Subjects;
using EngineField = WorkflowPortal.Engine.Definitions.FieldDefinition;
using FieldDefinition = WorkflowPortal.Workflows.Intake.FieldDefinition;

namespace WorkflowPortal.Workflows.Assignment;

// What an assignment rule reads: the form's fields under their keys, typed as the engine's
// conditions know them, and the requesting organisation's id as `$client` (a key no form field
// can take). The engine validates and compiles a condition against a definition's fields; this is
// that definition for a request type's form.
public static class RuleFields
{
    public const string Client = "$client";

    public static WorkflowDefinition Definition(IEnumerable<FieldDefinition> fields) =>
        new("request-type", "", [], [])
        {
            Fields =
            [
                .. fields.Where(f => f?.Key is not null && FormData.Of(f.Type) is not null)
                    .Select(f => new EngineField(f.Key, new LocalizedText(f.Label?.En, f.Label?.Ar))
                    {
                        Type = FormData.Of(f.Type)!.Value,
                        Options = [.. (f.Options ?? []).Where(o => o?.Value is not null).Select(o => o.Value)],
                    }),
                new EngineField(Client, new LocalizedText("Client organisation", "الجهة العميلة")),
            ],
        };

    public static InstanceData Data(IWorkflowSubject subject)
    {
        var form = new SubmittedForm(subject.Fields).ToInstanceData().Values.ToList();
        if (subject.ClientId is { } client)
            form.Add(new(Client, InstanceValue.Of(Engine.Definitions.FieldType.Text, client.ToString())));
        return InstanceData.From(form);
    }
}
