using System.Text.Json.Serialization;

namespace WorkflowPortal.Engine.Definitions;

// What happens when an instance has sat in a state too long, or a date comes near: remind
// parties, escalate to a role or a person, or fire a transition as the system. The due time
// counts `after` from entering the state, or from the date in `field` (`before` or `after` it).
public sealed record DeadlineDefinition
{
    // ISO 8601 durations: P3D, PT10S, P1W, P1M...
    public string? After { get; init; }

    public string? Before { get; init; }

    // A date field of the instance's data (e.g. hearingDate), or `$nextHearing`: the date of the
    // subject's next hearing, which the host keeps in the data as hearings are recorded.
    public string? Field { get; init; }

    public const string NextHearing = "$nextHearing";

    public static readonly LocalizedText NextHearingLabel = new("Next hearing", "الجلسة القادمة");

    // The label of a value in the data: its field's, or the next hearing's.
    public static LocalizedText? LabelOf(WorkflowDefinition definition, string name) =>
        definition.FindField(name)?.Label ?? (name == NextHearing ? NextHearingLabel : null);

    public DeadlineCalendar Calendar { get; init; } = DeadlineCalendar.Calendar;

    // Parties reminded: Requester, AssignedLawyer, LegalTeam, Admin.
    public IReadOnlyList<string> Remind { get; init; } = [];

    // Parties or people (an email address) the matter is escalated to.
    public IReadOnlyList<string> Escalate { get; init; } = [];

    // A trigger of this state the system fires when the deadline comes.
    public string? Fire { get; init; }

    // Why, in both languages: the history and the notices say it.
    public LocalizedText? Comment { get; init; }

    // The client sees its date on the matter page as the date the step is expected by, with the
    // notice (what the date means to them, in both languages); the legal team sees every deadline
    // of the state, public or not, with its comment.
    public bool Public { get; init; }

    public LocalizedText? Notice { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineCalendar>))]
public enum DeadlineCalendar
{
    [JsonStringEnumMemberName("calendar")] Calendar,
    [JsonStringEnumMemberName("business")] Business,
}
