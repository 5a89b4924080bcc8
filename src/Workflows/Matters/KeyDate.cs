using WorkflowPortal.Workflows.Texts;
namespace WorkflowPortal.Workflows.Matters;

// A date that matters on a matter: a filing deadline, a limitation period, a meeting.
public sealed class KeyDate
{
    KeyDate() { }

    public KeyDate(Guid id, Guid matterId, string title, DateOnly date, bool visibleToClient)
    {
        Id = id;
        MatterId = matterId;
        Title = PlainText.Line(title);
        Date = date;
        VisibleToClient = visibleToClient;
    }

    public Guid Id { get; private set; }
    public Guid MatterId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Date { get; private set; }
    public bool VisibleToClient { get; private set; }
}
