using WorkflowPortal.Workflows.Texts;
namespace WorkflowPortal.Workflows.Clients;

public sealed class Department(Guid id, Guid organizationId, string name)
{
    public Guid Id { get; private set; } = id;
    public Guid OrganizationId { get; private set; } = organizationId;
    public string Name { get; private set; } = PlainText.Line(name);
}
