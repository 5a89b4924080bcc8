using WorkflowPortal.Workflows.Texts;
namespace WorkflowPortal.Workflows.Matters;

// A court session of a litigation case (or any matter that goes before a court).
public sealed class Hearing
{
    Hearing() { }

    public Hearing(Guid id, Guid matterId, HearingDetails details)
    {
        Id = id;
        MatterId = matterId;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid MatterId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Court { get; private set; } = "";
    public string? Chamber { get; private set; }
    public string? Judge { get; private set; }
    public string? Type { get; private set; }
    public string? Notes { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? NextHearingAt { get; private set; }
    public bool VisibleToClient { get; private set; }

    public void Update(HearingDetails d)
    {
        At = d.At.ToUniversalTime();
        Court = d.Court;
        Chamber = d.Chamber;
        Judge = d.Judge;
        Type = d.Type;
        Notes = d.Notes;
        Outcome = d.Outcome;
        NextHearingAt = d.NextHearingAt?.ToUniversalTime();
        VisibleToClient = d.VisibleToClient;
    }
}

public sealed record HearingDetails(
    DateTimeOffset At, string Court, string? Chamber, string? Judge, string? Type, string? Notes, string? Outcome,
    DateTimeOffset? NextHearingAt, bool VisibleToClient)
{
    public string Court { get; init => field = PlainText.Line(value); } = PlainText.Line(Court);
    public string? Chamber { get; init => field = PlainText.Line(value); } = PlainText.Line(Chamber);
    public string? Judge { get; init => field = PlainText.Line(value); } = PlainText.Line(Judge);
    public string? Type { get; init => field = PlainText.Line(value); } = PlainText.Line(Type);
}
