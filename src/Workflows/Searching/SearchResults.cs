using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Workflows.Searching;

// What one search found, group by group: the first rows of each and how many match in all. The
// people and organization groups are null for portal users, and so is the cases group (a client's
// matters list holds both kinds, the legal team's has one page per kind).
public sealed record SearchResults(
    string Query,
    SearchGroup<SearchMatter> Matters,
    SearchGroup<SearchMatter>? Cases,
    SearchGroup<SearchContract> Contracts,
    SearchGroup<SearchPerson>? People,
    SearchGroup<SearchOrganization>? Organizations);

// SeeAll is the list page with the same search filled in.
public sealed record SearchGroup<T>(int Total, IReadOnlyList<T> Items, string SeeAll);

public sealed record SearchMatter(Guid Id, string Reference, MatterKind Kind, string Title, Guid RequestTypeId, string Status, bool IsDone,
    string? ClientName, string Link)
{
    // The state's label as this reader reads it; the host fills it from the workflow (it starts as the state's name).
    public string StatusLabel { get; init; } = Status;
}

public sealed record SearchContract(Guid Id, string Reference, string Title, Guid RequestTypeId, string Status, bool IsDone,
    string? ClientName, string Link)
{
    public string StatusLabel { get; init; } = Status;
}

public sealed record SearchPerson(Guid Id, string DisplayName, string Email, string? Organization, string Link);

public sealed record SearchOrganization(Guid Id, string Name, string Link);
