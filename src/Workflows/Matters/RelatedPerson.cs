using WorkflowPortal.Workflows.Texts;
namespace WorkflowPortal.Workflows.Matters;

// Someone involved in a matter: opposing party, witness, expert, counsel.
public sealed class RelatedPerson
{
    RelatedPerson() { }

    public RelatedPerson(Guid id, Guid matterId, string name, string role, string? contact)
    {
        Id = id;
        MatterId = matterId;
        Name = PlainText.Line(name);
        Role = PlainText.Line(role);
        Contact = contact;
    }

    public Guid Id { get; private set; }
    public Guid MatterId { get; private set; }
    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string? Contact { get; private set; }
}
