using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts;

// A kind of contract (services, lease, NDA); it sets whether new milestones show in the portal.
public sealed class ContractType
{
    ContractType() { }

    public ContractType(Guid id, BilingualText name, bool milestonesVisibleByDefault)
    {
        Id = id;
        Name = name;
        MilestonesVisibleByDefault = milestonesVisibleByDefault;
    }

    public Guid Id { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public bool MilestonesVisibleByDefault { get; private set; }
}
