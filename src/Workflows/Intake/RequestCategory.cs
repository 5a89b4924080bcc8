namespace WorkflowPortal.Workflows.Intake;

// Groups request types on the portal home ("Corporate", "Employment", ...).
public sealed class RequestCategory
{
    RequestCategory() { }

    public RequestCategory(Guid id, BilingualText name, int order)
    {
        Id = id;
        Name = name.AsLine();
        Order = order;
    }

    public Guid Id { get; private set; }
    public BilingualText Name { get; private set; } = new("", "");
    public int Order { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Rename(BilingualText name, int order)
    {
        Name = name.AsLine();
        Order = order;
    }

    public void SetActive(bool active) => IsActive = active;
}
