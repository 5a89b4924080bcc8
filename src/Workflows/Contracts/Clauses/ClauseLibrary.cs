using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Compiled = WorkflowPortal.Documents.Templates.ContractTemplate;

namespace WorkflowPortal.Workflows.Contracts.Clauses;

// The clause library: reusable bilingual clauses with their own questions. Changing one shows
// the templates that use it; their published versions keep the text they froze until republished.
public sealed partial class ClauseLibrary(PortalDb db, TimeProvider clock)
{
    static Error NotFound(Actor actor) =>
        new(ErrorKind.NotFound, "not_found", StudioText.Pick(actor.Language, "The clause was not found.", "البند غير موجود."));

    static Error Stale(Actor actor) => Error.Conflict("stale_revision", StudioText.Pick(actor.Language,
        "Someone else changed this clause; reload it and apply your change again.", "غيّر شخص آخر هذا البند؛ أعد تحميله ثم طبّق تعديلك من جديد."));

    [GeneratedRegex("^[a-z][a-zA-Z0-9_-]{0,49}$")]
    private static partial Regex KeyShape();

    public async Task<Result<IReadOnlyList<ClauseSummary>>> ListAsync(Actor actor, string? search, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var clauses = await db.Set<ContractClause>().AsNoTracking().ToListAsync(ct);
        var templates = await db.Set<ContractTemplate>().AsNoTracking().ToListAsync(ct);
        return Result<IReadOnlyList<ClauseSummary>>.From(clauses
            .Where(c => search is not { Length: > 0 } s || c.Key.Contains(s.Trim(), StringComparison.OrdinalIgnoreCase)
                || c.Name.En.Contains(s.Trim(), StringComparison.OrdinalIgnoreCase) || c.Name.Ar.Contains(s.Trim(), StringComparison.Ordinal))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ClauseSummary(c.Id, c.Key, c.Name, c.Revision, templates.Count(t => Inserts(t.BodyEn, t.BodyAr, c.Key)), c.UpdatedAt))
            .ToList());
    }

    public async Task<Result<ClauseDetail>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var clause = await db.Set<ContractClause>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return clause is null ? NotFound(actor) : await DetailAsync(clause, ct);
    }

    public async Task<Result<ClauseDetail>> CreateAsync(string key, ClauseSpec spec, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var language = actor.Language;
        var errors = Check(spec, language);
        if (!KeyShape().IsMatch(key))
            errors["key"] = [StudioText.Pick(language, "The key starts with a lowercase letter and uses letters, digits, - or _ (at most 50).",
                "يبدأ المفتاح بحرف لاتيني صغير ويحوي حروفًا لاتينية وأرقامًا و- و_ فقط (50 على الأكثر).")];
        else if (await db.Set<ContractClause>().AnyAsync(c => c.Key == key, ct))
            errors["key"] = [StudioText.Pick(language, $"A clause with the key '{key}' already exists.", $"يوجد بند بالمفتاح «{key}» بالفعل.")];
        if (errors.Count > 0) return Error.Invalid(errors, StudioText.Pick(language, "The clause is not valid.", "البند غير صالح."));
        var clause = new ContractClause(Guid.NewGuid(), key, spec, clock.GetUtcNow());
        db.Add(clause);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(clause, ct);
    }

    public async Task<Result<ClauseDetail>> UpdateAsync(Guid id, ClauseSpec spec, int revision, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var clause = await db.Set<ContractClause>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (clause is null) return NotFound(actor);
        if (clause.Revision != revision) return Stale(actor);
        var errors = Check(spec, actor.Language);
        if (errors.Count > 0) return Error.Invalid(errors, StudioText.Pick(actor.Language, "The clause is not valid.", "البند غير صالح."));
        clause.Edit(spec, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(actor);
        }
        return await DetailAsync(clause, ct);
    }

    static Dictionary<string, string[]> Check(ClauseSpec spec, string language)
    {
        var errors = RequestTypeSpecRules.CheckFields(spec.Fields, language);
        if (!spec.Name.IsComplete) errors["name"] = [StudioText.Pick(language, "The name is required in English and Arabic.", "الاسم مطلوب بالإنجليزية والعربية.")];
        foreach (var (field, body) in new[] { ("bodyEn", spec.BodyEn), ("bodyAr", spec.BodyAr) })
        {
            if (string.IsNullOrWhiteSpace(body))
                errors[field] = [StudioText.Pick(language, "The clause text is required in both languages.", "نص البند مطلوب باللغتين.")];
            else if (Compiled.Compile(body).Error is { } error) errors[field] = [StudioText.Describe(error, language)];
        }
        return errors;
    }

    async Task<ClauseDetail> DetailAsync(ContractClause clause, CancellationToken ct)
    {
        var templates = await db.Set<ContractTemplate>().AsNoTracking().ToListAsync(ct);
        var ids = templates.Select(t => t.Id).ToList();
        var latest = (await db.Set<ContractTemplateVersion>().AsNoTracking().Where(v => ids.Contains(v.TemplateId)).ToListAsync(ct))
            .GroupBy(v => v.TemplateId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var uses = templates
            .Select(t => (Template: t, Version: latest.GetValueOrDefault(t.Id)))
            .Select(x => (x.Template, x.Version, Frozen: x.Version?.Clauses.FirstOrDefault(c => c.Key == clause.Key)))
            .Where(x => Inserts(x.Template.BodyEn, x.Template.BodyAr, clause.Key) || x.Frozen is not null)
            .Select(x => new ClauseUse(x.Template.Id, x.Template.Name, Inserts(x.Template.BodyEn, x.Template.BodyAr, clause.Key),
                x.Frozen is null ? null : x.Version!.Number, x.Frozen?.Revision))
            .ToList();
        return new ClauseDetail(clause.Id, clause.Key, clause.Name, clause.BodyEn, clause.BodyAr, clause.Fields, clause.Revision, uses);
    }

    static bool Inserts(string bodyEn, string bodyAr, string key) =>
        Compiled.ClauseReferences(bodyEn).Any(r => r.Key == key) || Compiled.ClauseReferences(bodyAr).Any(r => r.Key == key);
}
