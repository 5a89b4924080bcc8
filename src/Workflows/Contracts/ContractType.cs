using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts;

// A kind of contract (services, lease, NDA), filed under a request category; it sets whether new
// milestones show in the portal. Retiring one stops offering its templates; its contracts stay.
public sealed class ContractType
{
    ContractType() { }

    public ContractType(Guid id, BilingualText name, bool milestonesVisibleByDefault, Guid? categoryId = null)
    {
        Id = id;
        Name = name.AsLine();
        MilestonesVisibleByDefault = milestonesVisibleByDefault;
        CategoryId = categoryId;
    }

    public Guid Id { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public Guid? CategoryId { get; private set; }
    public bool MilestonesVisibleByDefault { get; private set; }
    public bool IsRetired { get; private set; }
    public int Revision { get; private set; }

    public void Edit(ContractTypeSpec spec)
    {
        Name = spec.Name.AsLine();
        CategoryId = spec.CategoryId;
        MilestonesVisibleByDefault = spec.MilestonesVisibleByDefault;
        IsRetired = false;
        Revision++;
    }

    public void Retire()
    {
        IsRetired = true;
        Revision++;
    }
}

public sealed record ContractTypeSpec(BilingualText Name, Guid? CategoryId, bool MilestonesVisibleByDefault);
