using WorkflowPortal.Api.Matters;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Api.Search;

// The search and its rows' status labels as this reader reads them (client-facing labels for portal
// users), for the endpoint and the page alike.
internal static class SearchLabels
{
    public static async Task<SearchResults> LabelledAsync(IServiceProvider services, SearchResults results, Actor actor, CancellationToken ct)
    {
        var matters = results.Matters.Items.Concat(results.Cases?.Items ?? []).ToList();
        var rows = matters.Select(m => new MatterStatusLabels.StatusRow(m.Id, m.RequestTypeId, m.Status))
            .Concat(results.Contracts.Items.Select(c => new MatterStatusLabels.StatusRow(c.Id, c.RequestTypeId, c.Status))).ToList();
        if (rows.Count == 0) return results;
        var labels = await MatterStatusLabels.ForAsync(services, rows, actor, ct);
        SearchGroup<SearchMatter> Label(SearchGroup<SearchMatter> group) =>
            group with { Items = [.. group.Items.Select(m => m with { StatusLabel = labels.GetValueOrDefault(m.Id, m.Status) })] };
        return results with
        {
            Matters = Label(results.Matters),
            Cases = results.Cases is { } cases ? Label(cases) : null,
            Contracts = results.Contracts with
            {
                Items = [.. results.Contracts.Items.Select(c => c with { StatusLabel = labels.GetValueOrDefault(c.Id, c.Status) })],
            },
        };
    }
}
