using System.Text.Json.Nodes;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Tests.Harness;

// A small, valid definition that tests bend into the shape they need.
public static class Sample
{
    public const string Key = "sample";

    public const string Json = """
    {
      "key": "sample",
      "name": { "en": "Sample", "ar": "نموذج" },
      "initialState": "Draft",
      "fields": [ { "name": "dueDate", "type": "date", "label": { "en": "Due date", "ar": "تاريخ الاستحقاق" } } ],
      "states": [
        { "name": "Draft", "category": "Open", "label": { "en": "Draft", "ar": "مسودة" } },
        { "name": "Approval", "kind": "approval", "category": "InProgress", "label": { "en": "Approval", "ar": "الاعتماد" },
          "approval": [ { "approvers": ["LegalTeam"] } ] },
        { "name": "Signing", "kind": "signature", "category": "InProgress", "label": { "en": "Signing", "ar": "التوقيع" },
          "signers": ["LegalTeam"] },
        { "name": "Done", "category": "Done", "final": true, "label": { "en": "Done", "ar": "منجز" } },
        { "name": "Cancelled", "category": "Done", "final": true, "label": { "en": "Cancelled", "ar": "ملغى" } }
      ],
      "transitions": [
        { "trigger": "Submit", "from": "Draft", "to": "Approval", "allowed": ["Requester", "LegalTeam"],
          "label": { "en": "Submit", "ar": "تقديم" } },
        { "trigger": "Approve", "from": "Approval", "to": "Signing", "action": "approve", "label": { "en": "Approve", "ar": "اعتماد" } },
        { "trigger": "Reject", "from": "Approval", "to": "Draft", "action": "reject", "requires": ["comment"],
          "label": { "en": "Reject", "ar": "رفض" } },
        { "trigger": "Sign", "from": "Signing", "to": "Done", "action": "sign", "notify": ["Requester"], "render": "signed",
          "label": { "en": "Sign", "ar": "توقيع" } },
        { "trigger": "Decline", "from": "Signing", "to": "Draft", "action": "decline", "label": { "en": "Decline", "ar": "اعتذار" } },
        { "trigger": "Cancel", "from": "*", "to": "Cancelled", "allowed": ["Admin"], "label": { "en": "Cancel", "ar": "إلغاء" } }
      ]
    }
    """;

    public static WorkflowDefinition Definition => WorkflowJson.Parse(Json).Value;

    public static JsonObject Node() => JsonNode.Parse(Json)!.AsObject();

    public static JsonObject State(this JsonObject root, string name) =>
        root["states"]!.AsArray().Select(s => s!.AsObject()).Single(s => (string?)s["name"] == name);

    public static JsonObject Transition(this JsonObject root, string trigger) =>
        root["transitions"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["trigger"] == trigger);

    public static JsonObject AddTransition(this JsonObject root, string json)
    {
        root["transitions"]!.AsArray().Add(JsonNode.Parse(json));
        return root;
    }

    public static WorkflowDefinition Parse(this JsonObject root) => WorkflowJson.Parse(root.ToJsonString()).Value;
}
