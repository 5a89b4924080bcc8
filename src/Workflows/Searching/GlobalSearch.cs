using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Searching;

// One box that searches everything a person may open: matters and contracts through the same
// VisibleTo rules as their lists (a client finds only what their lists show them), and for the
// legal team also portal users and client organizations. Every group reads the folded SearchText
// index with the lists' own predicate; two statements per group, whatever the number of matches.
public sealed class GlobalSearch(PortalDb db)
{
    public const int MinLength = 2;
    public const int MaxLength = 200;
    public const int PerGroup = 10;

    public async Task<Result<SearchResults>> SearchAsync(Actor actor, string? query, CancellationToken ct)
    {
        var term = query?.Trim() ?? "";
        if (term.Length > MaxLength) return SearchErrors.TooLong;
        if (SearchText.Fold(term).Length < MinLength) return SearchErrors.TooShort;
        var q = Uri.EscapeDataString(term);

        var team = actor.IsLegalTeam;
        var matterPage = team ? "/team/matters" : "/portal/matters";
        var visible = db.Set<Matter>().AsNoTracking().VisibleTo(actor).Matching(term);
        var matters = await MattersAsync(team ? visible.Where(m => m.Kind == MatterKind.Matter) : visible, matterPage, $"{matterPage}?q={q}", ct);
        var cases = team ? await MattersAsync(visible.Where(m => m.Kind == MatterKind.LitigationCase), matterPage, $"/team/cases?q={q}", ct) : null;
        var contracts = await ContractsAsync(actor, term, $"/contracts?q={q}", ct);
        var people = team ? await PeopleAsync(term, q, ct) : null;
        var organizations = team ? await OrganizationsAsync(term, q, ct) : null;
        return new SearchResults(term, matters, cases, contracts, people, organizations);
    }

    async Task<SearchGroup<SearchMatter>> MattersAsync(IQueryable<Matter> rows, string page, string seeAll, CancellationToken ct)
    {
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.SubmittedAt).ThenByDescending(m => m.Id).Take(PerGroup)
            .Select(m => new SearchMatter(m.Id, m.Reference, m.Kind, m.Title, m.RequestTypeId, m.Status, m.IsDone,
                db.Set<ClientOrganization>().Where(c => c.Id == m.ClientId).Select(c => c.Name).FirstOrDefault(), page))
            .ToListAsync(ct);
        // The link is made here, not in SQL: SQLite would spell the id in capitals.
        return new(total, [.. items.Select(m => m with { Link = $"{page}/{m.Id}" })], seeAll);
    }

    async Task<SearchGroup<SearchContract>> ContractsAsync(Actor actor, string term, string seeAll, CancellationToken ct)
    {
        var rows = db.VisibleContracts(actor).AsNoTracking().Matching(term);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id).Take(PerGroup)
            .Select(c => new SearchContract(c.Id, c.Reference, c.Title, c.RequestTypeId, c.Status, c.IsDone,
                db.Set<ClientOrganization>().Where(o => o.Id == c.ClientId).Select(o => o.Name).FirstOrDefault(), ""))
            .ToListAsync(ct);
        return new(total, [.. items.Select(c => c with { Link = $"/contracts/{c.Id}" })], seeAll);
    }

    // Portal users have no page of their own: a row opens the portal users list on their address.
    async Task<SearchGroup<SearchPerson>> PeopleAsync(string term, string q, CancellationToken ct)
    {
        var rows = PeopleDirectory.PortalUsers(db).AsNoTracking().Matching(term);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(u => u.NormalizedEmail).Take(PerGroup)
            .Select(u => new { u.Id, u.DisplayName, Email = u.Email ?? "", Organization = db.Set<ClientOrganization>().Where(c => c.Id == u.ClientId).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return new(total, [.. items.Select(u => new SearchPerson(u.Id, u.DisplayName, u.Email, u.Organization, "/admin/portal-users?q=" + Uri.EscapeDataString(u.Email)))],
            "/admin/portal-users?q=" + q);
    }

    async Task<SearchGroup<SearchOrganization>> OrganizationsAsync(string term, string q, CancellationToken ct)
    {
        var rows = db.Set<ClientOrganization>().AsNoTracking().Matching(term);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(c => c.NormalizedName).Take(PerGroup).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return new(total, [.. items.Select(c => new SearchOrganization(c.Id, c.Name, "/admin/clients?q=" + Uri.EscapeDataString(c.Name)))],
            "/admin/clients?q=" + q);
    }
}
