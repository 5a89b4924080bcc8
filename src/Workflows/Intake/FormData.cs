using WorkflowPortal.Engine.Runtime;
using EngineType = WorkflowPortal.Engine.Definitions.FieldType;

namespace WorkflowPortal.Workflows.Intake;

// A submitted form as the workflow instance's data: conditions and deadlines read these values
// under the form's field keys. Files and related people are not values a condition compares.
public static class FormData
{
    public static InstanceData ToInstanceData(this SubmittedForm form) =>
        InstanceData.From(form.Values
            .Where(v => Of(v.Type) is not null)
            .Select(v => new KeyValuePair<string, InstanceValue>(v.Key, new InstanceValue(Of(v.Type)!.Value, v.Values))));

    public static EngineType? Of(FieldType type) => type switch
    {
        FieldType.Number => EngineType.Number,
        FieldType.Money => EngineType.Money,
        FieldType.Date => EngineType.Date,
        FieldType.SingleChoice or FieldType.MultipleChoice => EngineType.Choice,
        FieldType.YesNo => EngineType.YesNo,
        FieldType.Files or FieldType.RelatedPerson => null,
        _ => EngineType.Text,
    };
}
