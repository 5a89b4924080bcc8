using System.Text.Json.Nodes;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Tests.Conditions;

// A contract workflow whose one trigger goes to the board above 500,000 and to the ordinary approval otherwise.
public static class Routed
{
    public const string Json = """
    {
      "key": "routed",
      "name": { "en": "Routed", "ar": "موجّه" },
      "initialState": "Prepared",
      "fields": [
        { "name": "contractValue", "type": "money", "label": { "en": "Contract value", "ar": "قيمة العقد" } },
        { "name": "area", "type": "choice", "options": ["employment", "commercial"], "label": { "en": "Area", "ar": "المجال" } }
      ],
      "states": [
        { "name": "Prepared", "category": "Open", "label": { "en": "Prepared", "ar": "معدّ" } },
        { "name": "BoardApproval", "category": "InProgress", "label": { "en": "Board approval", "ar": "اعتماد المجلس" } },
        { "name": "Approval", "category": "InProgress", "label": { "en": "Approval", "ar": "الاعتماد" } },
        { "name": "Done", "category": "Done", "final": true, "label": { "en": "Done", "ar": "منجز" } }
      ],
      "transitions": [
        { "trigger": "SubmitForApproval", "from": "Prepared", "to": "BoardApproval", "allowed": ["LegalTeam"],
          "label": { "en": "Submit", "ar": "تقديم" },
          "when": { "all": [ { "field": "contractValue", "op": "gt", "value": 500000 } ] } },
        { "trigger": "SubmitForApproval", "from": "Prepared", "to": "Approval", "allowed": ["LegalTeam"],
          "label": { "en": "Submit", "ar": "تقديم" } },
        { "trigger": "Finish", "from": ["BoardApproval", "Approval"], "to": "Done", "allowed": ["LegalTeam"],
          "label": { "en": "Finish", "ar": "إنهاء" } }
      ]
    }
    """;

    public static JsonObject Node() => JsonNode.Parse(Json)!.AsObject();

    public static JsonArray Transitions(this JsonObject root) => root["transitions"]!.AsArray();

    public static JsonObject Branch(this JsonObject root, int index) => root.Transitions()[index]!.AsObject();

    public static IReadOnlyList<ValidationMessage> Validate(this JsonObject root) =>
        WorkflowValidator.Validate(WorkflowJson.Parse(root.ToJsonString()).Value);
}
