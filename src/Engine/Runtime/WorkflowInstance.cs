namespace WorkflowPortal.Engine.Runtime;

// The live state of one workflow run. Only the runner moves it; `Version` is the optimistic
// concurrency token, so two people firing at once cannot both win.
public sealed class WorkflowInstance
{
    WorkflowInstance() { }

    internal WorkflowInstance(string definitionKey, int definitionVersion, string state, WorkflowSubject subject, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DefinitionKey = definitionKey;
        DefinitionVersion = definitionVersion;
        State = state;
        SubjectType = subject.Type;
        SubjectId = subject.Id;
        StartedAt = now;
        UpdatedAt = now;
        Version = 1;
        Visit = 1;
    }

    public Guid Id { get; private set; }
    public string DefinitionKey { get; private set; } = "";
    public int DefinitionVersion { get; private set; }
    public string State { get; private set; } = "";

    // Increments on every recorded step; history entries take it as their sequence number.
    public int Version { get; private set; }

    // Counts entries into a state; approval and signature tasks belong to one visit, so a
    // second pass through the approval state starts from fresh tasks.
    public int Visit { get; private set; }

    // What the domain runs this workflow for (e.g. "Matter" and its id).
    public string SubjectType { get; private set; } = "";
    public string SubjectId { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public WorkflowSubject Subject => new(SubjectType, SubjectId);

    internal void Step(string state, bool entered, bool final, DateTimeOffset now)
    {
        State = state;
        Version++;
        if (entered)
            Visit++;
        UpdatedAt = now;
        CompletedAt = final ? now : null;
    }

    // A migration re-pins the instance to another version; it is a recorded step like any other.
    internal void MigrateTo(int definitionVersion, string state, bool entered, bool final, DateTimeOffset now)
    {
        DefinitionVersion = definitionVersion;
        Step(state, entered, final, now);
    }

    // Starting tasks changes what may happen next: it must conflict with a concurrent fire.
    internal void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}

public sealed record WorkflowSubject(string Type, string Id);
