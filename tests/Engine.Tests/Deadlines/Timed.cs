namespace WorkflowPortal.Engine.Tests.Deadlines;

// A consultation that waits on the requester: reminded after 10 seconds, closed after 14
// business days, and the lawyer reminded 7 days before the hearing.
public static class Timed
{
    public const string Json = """
    {
      "key": "timed",
      "name": { "en": "Timed", "ar": "مؤقت" },
      "initialState": "Received",
      "fields": [ { "name": "hearingDate", "type": "date", "label": { "en": "Hearing date", "ar": "تاريخ الجلسة" } } ],
      "states": [
        { "name": "Received", "category": "Open", "label": { "en": "Received", "ar": "مستلم" } },
        { "name": "Waiting", "category": "InProgress", "waitingOn": "Requester", "label": { "en": "Waiting", "ar": "بانتظار" },
          "deadlines": [
            { "after": "PT10S", "remind": ["Requester"], "comment": { "en": "We are waiting for your answer", "ar": "ننتظر ردك" } },
            { "after": "P14D", "calendar": "business", "fire": "Close", "comment": { "en": "Closed: no answer", "ar": "أغلق لعدم الرد" } },
            { "field": "hearingDate", "before": "P7D", "remind": ["AssignedLawyer"], "escalate": ["head@firm.example"],
              "comment": { "en": "The hearing is in a week", "ar": "الجلسة بعد أسبوع" } }
          ] },
        { "name": "Closed", "category": "Done", "final": true, "label": { "en": "Closed", "ar": "مغلق" } }
      ],
      "transitions": [
        { "trigger": "Ask", "from": "Received", "to": "Waiting", "allowed": ["LegalTeam"], "label": { "en": "Ask", "ar": "اسأل" } },
        { "trigger": "Answer", "from": "Waiting", "to": "Received", "allowed": ["Requester"], "label": { "en": "Answer", "ar": "أجب" } },
        { "trigger": "Close", "from": "Waiting", "to": "Closed", "allowed": ["LegalTeam"], "label": { "en": "Close", "ar": "إغلاق" } }
      ]
    }
    """;
}
