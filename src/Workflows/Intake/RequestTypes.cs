using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Assignment;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Intake;

// Request types and their categories: admins define them, clients see the ones meant for them.
public sealed class RequestTypes(PortalDb db, WorkflowDefinitions definitions, SubjectParties parties, TimeProvider clock)
{
    static readonly Error NotFound = Error.NotFound("The request type");

    public async Task<CatalogView> CatalogAsync(Actor actor, string? search, CancellationToken ct)
    {
        var categories = await db.Set<RequestCategory>().AsNoTracking().Where(c => c.IsActive).ToListAsync(ct);
        // A catalog is tens of types, not thousands: filtering visibility in memory keeps one rule for all providers.
        var types = (await db.Set<RequestType>().AsNoTracking().Where(t => t.IsActive).ToListAsync(ct))
            .Where(t => actor.IsLegalTeam || t.IsVisibleTo(actor.ClientId, actor.DepartmentId))
            .Where(t => Matches(t, search))
            .ToList();
        var groups = categories
            .OrderBy(c => c.Order).ThenBy(c => c.Name.In(actor.Language))
            .Select(c => new CatalogGroup(ViewOf(c), types.Where(t => t.CategoryId == c.Id)
                .OrderBy(t => t.Name.In(actor.Language)).Select(t => View(t, actor)).ToList()))
            .Where(g => g.Types.Count > 0)
            .ToList();
        return new CatalogView(groups);
    }

    public async Task<Result<RequestTypeView>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var type = await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        // A type not meant for this client does not exist as far as they can tell.
        if (type is null || (!actor.IsLegalTeam && !type.IsVisibleTo(actor.ClientId, actor.DepartmentId)))
            return NotFound;
        return View(type, actor);
    }

    public async Task<Result<RequestTypeView>> CreateAsync(RequestTypeSpec spec, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator can define request types.");
        if (await CheckAsync(spec, ct) is { } invalid) return invalid;
        var type = new RequestType(Guid.NewGuid(), spec, clock.GetUtcNow());
        db.Add(type);
        await db.SaveChangesAsync(ct);
        return View(type, actor);
    }

    public async Task<Result<RequestTypeView>> UpdateAsync(Guid id, RequestTypeSpec spec, int revision, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator can change request types.");
        var type = await db.Set<RequestType>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (type is null) return NotFound;
        if (type.Revision != revision)
            return Error.Conflict("stale_revision", "Someone else changed this request type; reload it and apply your change again.");
        if (await CheckAsync(spec, ct) is { } invalid) return invalid;
        type.Apply(spec, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("stale_revision", "Someone else changed this request type; reload it and apply your change again.");
        }
        return View(type, actor);
    }

    public async Task<IReadOnlyList<CategoryView>> CategoriesAsync(CancellationToken ct) =>
        (await db.Set<RequestCategory>().AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.Order).Select(ViewOf).ToList();

    public async Task<Result<CategoryView>> CreateCategoryAsync(BilingualText name, int order, Actor actor, CancellationToken ct)
    {
        if (!actor.IsAdmin) return Error.Forbidden("Only an administrator can define categories.");
        if (!name.IsComplete) return Error.Invalid("name", "The name is required in English and Arabic.");
        var category = new RequestCategory(Guid.NewGuid(), name, order);
        db.Add(category);
        await db.SaveChangesAsync(ct);
        return ViewOf(category);
    }

    async Task<Error?> CheckAsync(RequestTypeSpec spec, CancellationToken ct)
    {
        var errors = RequestTypeSpecRules.Check(spec);
        if (!await db.Set<RequestCategory>().AnyAsync(c => c.Id == spec.CategoryId, ct))
            errors["categoryId"] = ["Choose an existing category."];
        if (!errors.ContainsKey("workflowKey") && await WorkflowProblemsAsync(spec, ct) is { Length: > 0 } problems)
            errors["workflowKey"] = problems;
        if (spec.Assignment is { IsEmpty: false } assignment && !errors.Keys.Any(k => k.StartsWith("fields", StringComparison.Ordinal)))
            foreach (var (path, messages) in await AssignmentProblemsAsync(assignment, spec.Fields, ct))
                errors[path] = messages;
        return errors.Count > 0 ? Error.Invalid(errors, "The request type is not valid.") : null;
    }

    // The workflow must exist and be one this kind of request can run: else its clients would get
    // a 404 on submit, or a step that silently does nothing.
    async Task<string[]> WorkflowProblemsAsync(RequestTypeSpec spec, CancellationToken ct)
    {
        var published = await definitions.GetPublishedAsync(db, spec.WorkflowKey, ct);
        if (!published.IsSuccess)
            return [$"No published workflow has the key '{spec.WorkflowKey}'.", $"لا يوجد سير عمل منشور بالمفتاح «{spec.WorkflowKey}»."];
        return [.. WorkflowFitness.Check(published.Value.Definition, [SubjectKinds.Of(spec.Creates)]).Select(m => m.Message)];
    }

    // Rules are checked against the form as saved with them (fine once the fields themselves are).
    async Task<Dictionary<string, string[]>> AssignmentProblemsAsync(AssignmentRules assignment, IReadOnlyList<FieldDefinition> fields, CancellationToken ct)
    {
        var staff = (await parties.LegalTeamAsync(ct)).Concat(await parties.AdminsAsync(ct)).Select(p => p.Id).ToHashSet();
        var named = AssignmentRulesCheck.Organisations(assignment);
        var organisations = named.Count == 0 ? [] : (await db.Set<ClientOrganization>().AsNoTracking()
            .Where(c => named.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        return AssignmentRulesCheck.Check(assignment, fields, staff, organisations);
    }

    static RequestTypeView View(RequestType type, Actor actor) =>
        RequestTypeView.Of(type) with { Assignment = actor.IsLegalTeam ? type.Assignment : null };

    static bool Matches(RequestType type, string? search) =>
        string.IsNullOrWhiteSpace(search)
        || type.Name.En.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
        || type.Name.Ar.Contains(search.Trim(), StringComparison.Ordinal)
        || type.Description.En.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
        || type.Description.Ar.Contains(search.Trim(), StringComparison.Ordinal);

    static CategoryView ViewOf(RequestCategory c) => new(c.Id, c.Name, c.Order, c.IsActive);
}
