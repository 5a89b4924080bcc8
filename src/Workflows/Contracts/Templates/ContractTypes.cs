using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Templates;

// The studio's contract types, per request category. Legal team only: anyone else is told they do not exist.
public sealed class ContractTypes(PortalDb db)
{
    static Error NotFound(Actor actor) =>
        new(ErrorKind.NotFound, "not_found", StudioText.Pick(actor.Language, "The contract type was not found.", "نوع العقد غير موجود."));

    static Error Stale(Actor actor) => Error.Conflict("stale_revision", StudioText.Pick(actor.Language,
        "Someone else changed this contract type; reload it and apply your change again.", "غيّر شخص آخر نوع العقد هذا؛ أعد تحميله ثم طبّق تعديلك من جديد."));

    // A firm has tens of contract types: one query, no paging.
    public async Task<Result<IReadOnlyList<StudioContractType>>> ListAsync(Actor actor, Guid? categoryId, bool includeRetired, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var types = await db.Set<ContractType>().AsNoTracking()
            .Where(t => categoryId == null || t.CategoryId == categoryId)
            .Where(t => includeRetired || !t.IsRetired).ToListAsync(ct);
        var counts = await TemplateCountsAsync(ct);
        return Result<IReadOnlyList<StudioContractType>>.From(types
            .OrderBy(t => actor.Language == "ar" ? t.Name.Ar : t.Name.En, StringComparer.CurrentCulture)
            .Select(t => StudioContractType.Of(t, counts.GetValueOrDefault(t.Id))).ToList());
    }

    public async Task<Result<StudioContractType>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var type = await db.Set<ContractType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return type is null ? NotFound(actor) : StudioContractType.Of(type, (await TemplateCountsAsync(ct)).GetValueOrDefault(id));
    }

    public async Task<Result<StudioContractType>> CreateAsync(ContractTypeSpec spec, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        if (await CheckAsync(spec, null, actor.Language, ct) is { } invalid) return invalid;
        var type = new ContractType(Guid.NewGuid(), spec.Name, spec.MilestonesVisibleByDefault, spec.CategoryId);
        db.Add(type);
        await db.SaveChangesAsync(ct);
        return StudioContractType.Of(type, 0);
    }

    // Editing a retired type brings it back.
    public async Task<Result<StudioContractType>> UpdateAsync(Guid id, ContractTypeSpec spec, int revision, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var type = await db.Set<ContractType>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (type is null) return NotFound(actor);
        if (type.Revision != revision) return Stale(actor);
        if (await CheckAsync(spec, id, actor.Language, ct) is { } invalid) return invalid;
        type.Edit(spec);
        return await SaveAsync(type, actor, ct);
    }

    public async Task<Result<StudioContractType>> RetireAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var type = await db.Set<ContractType>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (type is null) return NotFound(actor);
        type.Retire();
        return await SaveAsync(type, actor, ct);
    }

    async Task<Error?> CheckAsync(ContractTypeSpec spec, Guid? id, string language, CancellationToken ct)
    {
        string L(string en, string ar) => StudioText.Pick(language, en, ar);
        var errors = new Dictionary<string, string[]>();
        if (!spec.Name.IsComplete) errors["name"] = [L("The name is required in English and Arabic.", "الاسم مطلوب بالإنجليزية والعربية.")];
        else if (spec.Name.En.Length > 200 || spec.Name.Ar.Length > 200) errors["name"] = [L("The name is at most 200 characters.", "الاسم 200 حرف على الأكثر.")];
        else
        {
            var en = spec.Name.En.Trim().ToLowerInvariant();
            var others = await db.Set<ContractType>().AsNoTracking().Where(t => t.Id != id && !t.IsRetired).ToListAsync(ct);
            if (others.Any(t => t.Name.En.Trim().ToLowerInvariant() == en || t.Name.Ar.Trim() == spec.Name.Ar.Trim()))
                errors["name"] = [L("Another contract type already has this name.", "يوجد نوع عقد آخر بهذا الاسم.")];
        }
        if (spec.CategoryId is { } category && !await db.Set<RequestCategory>().AnyAsync(c => c.Id == category, ct))
            errors["categoryId"] = [L("Choose an existing request category.", "اختر فئة طلبات موجودة.")];
        return errors.Count > 0 ? Error.Invalid(errors, L("The contract type is not valid.", "نوع العقد غير صالح.")) : null;
    }

    async Task<Result<StudioContractType>> SaveAsync(ContractType type, Actor actor, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(actor);
        }
        return StudioContractType.Of(type, (await TemplateCountsAsync(ct)).GetValueOrDefault(type.Id));
    }

    async Task<Dictionary<Guid, int>> TemplateCountsAsync(CancellationToken ct) =>
        await db.Set<ContractTemplate>().AsNoTracking().Where(t => t.ContractTypeId != null)
            .GroupBy(t => t.ContractTypeId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}

public sealed record StudioContractType(Guid Id, BilingualText Name, Guid? CategoryId, bool MilestonesVisibleByDefault, bool IsRetired, int Revision,
    int Templates)
{
    public static StudioContractType Of(ContractType t, int templates) =>
        new(t.Id, t.Name, t.CategoryId, t.MilestonesVisibleByDefault, t.IsRetired, t.Revision, templates);
}
