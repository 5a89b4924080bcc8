using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts.Templates;

// The legal team's template studio: write, preview, publish and retire contract templates.
// Anyone else is told the studio's templates do not exist (404), as for another client's data.
public sealed class TemplateStudio(PortalDb db, TemplateRendering rendering, ContractDocuments documents, TimeProvider clock)
{
    static Error NotFound(Actor actor) =>
        new(ErrorKind.NotFound, "not_found", StudioText.Pick(actor.Language, "The contract template was not found.", "قالب العقد غير موجود."));

    static Error Stale(Actor actor) => Error.Conflict("stale_revision", StudioText.Pick(actor.Language,
        "Someone else changed this template; reload it and apply your change again.", "غيّر شخص آخر هذا القالب؛ أعد تحميله ثم طبّق تعديلك من جديد."));

    // A firm has tens of templates, not thousands: filter and page in memory over one query.
    public async Task<Result<Page<TemplateSummary>>> ListAsync(Actor actor, PageQuery query, Guid? contractTypeId, bool includeRetired, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        if (!Cursor.TryDecode(query.Cursor, out var cursor) || query.Limit is < 1 or > PageQuery.MaxLimit)
            return Error.Invalid("cursor", StudioText.Pick(actor.Language, "cursor or limit is not valid.", "المؤشر أو الحد غير صالح."));
        var rows = (await db.Set<ContractTemplate>().AsNoTracking()
                .Where(t => contractTypeId == null || t.ContractTypeId == contractTypeId)
                .Where(t => includeRetired || !t.IsRetired).ToListAsync(ct))
            .Where(t => query.Search is not { Length: > 0 } s
                || t.Name.En.Contains(s.Trim(), StringComparison.OrdinalIgnoreCase) || t.Name.Ar.Contains(s.Trim(), StringComparison.Ordinal))
            .OrderByDescending(t => t.UpdatedAt).ThenByDescending(t => t.Id)
            .Where(t => cursor is not { } c || t.UpdatedAt < c.At || (t.UpdatedAt == c.At && t.Id.CompareTo(c.Id) < 0))
            .Take(query.Take + 1).ToList();
        var items = rows.Take(query.Take).Select(Summary).ToList();
        var next = rows.Count > query.Take ? new Cursor(items[^1].UpdatedAt, items[^1].Id).Encode() : null;
        return new Page<TemplateSummary>(items, next);
    }

    public async Task<Result<TemplateDetail>> GetAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var template = await db.Set<ContractTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return template is null ? NotFound(actor) : await DetailAsync(template, ct);
    }

    public async Task<Result<TemplateDetail>> CreateAsync(TemplateSpec spec, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        if (await CheckAsync(spec, null, actor.Language, ct) is { } invalid) return invalid;
        var template = new ContractTemplate(Guid.NewGuid(), spec, clock.GetUtcNow());
        db.Add(template);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(template, ct);
    }

    // Editing a published template changes its working copy only: clients keep the published version.
    public async Task<Result<TemplateDetail>> UpdateAsync(Guid id, TemplateSpec spec, int revision, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var template = await db.Set<ContractTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return NotFound(actor);
        if (template.Revision != revision) return Stale(actor);
        if (await CheckAsync(spec, id, actor.Language, ct) is { } invalid) return invalid;
        template.Edit(spec, clock.GetUtcNow());
        return await SaveAsync(template, actor, ct);
    }

    // Freezes the working copy, with its clauses as the library has them now, as version n+1.
    public async Task<Result<TemplateDetail>> PublishAsync(Guid id, int revision, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var template = await db.Set<ContractTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return NotFound(actor);
        if (template.Revision != revision) return Stale(actor);
        if (!template.HasDraft)
            return Error.Conflict("nothing_to_publish", StudioText.Pick(actor.Language,
                "The template has no changes since its last version.", "لا تغييرات في القالب منذ إصداره الأخير."));
        var clauses = await rendering.ClausesForAsync(template.BodyEn, template.BodyAr, actor.Language, ct);
        if (!clauses.IsSuccess) return clauses.Error;
        var questionnaire = await rendering.QuestionnaireAsync(template.Fields, clauses.Value, ct);
        var text = new TemplateText(template.Name, template.BodyEn, template.BodyAr, questionnaire, template.Digits, clauses.Value);
        var errors = rendering.Check(text, actor.Language);
        if (errors.Count > 0)
            return Error.Invalid(errors, StudioText.Pick(actor.Language, "The template cannot be published: ", "لا يمكن نشر القالب: ")
                + string.Join("; ", errors.SelectMany(e => e.Value)));
        db.Add(template.Publish(questionnaire, clauses.Value, actor.UserId, clock.GetUtcNow()));
        return await SaveAsync(template, actor, ct);
    }

    public async Task<Result<TemplateDetail>> RetireAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var template = await db.Set<ContractTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null) return NotFound(actor);
        template.Retire(clock.GetUtcNow());
        return await SaveAsync(template, actor, ct);
    }

    public async Task<Result<TemplateVersionView>> VersionAsync(Guid id, int number, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        var version = await rendering.VersionAsync(id, number, ct);
        return version is null
            ? new Error(ErrorKind.NotFound, "not_found", StudioText.Pick(actor.Language, "The template version was not found.", "إصدار القالب غير موجود."))
            : TemplateVersionView.Of(version);
    }

    // The live preview: the unsaved source with the author's answers (or sample ones), as a PDF and page images.
    public async Task<Result<TemplatePreview>> PreviewAsync(TemplateDraft draft, IReadOnlyDictionary<string, object?>? answers, string language,
        int maxPages, Actor actor, CancellationToken ct)
    {
        if (!actor.IsLegalTeam) return NotFound(actor);
        if (RequestTypeSpecRules.CheckFields(draft.Fields, actor.Language) is { Count: > 0 } invalid)
            return Error.Invalid(invalid, actor.Language == "ar" ? "الأسئلة غير صحيحة." : "The questions are not valid.");
        var clauses = await rendering.ClausesForAsync(draft.BodyEn, draft.BodyAr, actor.Language, ct);
        if (!clauses.IsSuccess) return clauses.Error;
        var questionnaire = await rendering.QuestionnaireAsync(draft.Fields, clauses.Value, ct);
        var data = TemplateRendering.SampleAnswers(questionnaire);
        foreach (var (key, value) in answers ?? new Dictionary<string, object?>()) data[key] = value;
        var text = new TemplateText(new("Preview", "معاينة"), draft.BodyEn, draft.BodyAr, questionnaire, draft.Digits, clauses.Value);
        var rendered = rendering.Render(text, data, language, language == "ar" ? "معاينة" : "Preview", actor.Language);
        if (!rendered.IsSuccess) return rendered.Error;
        return new TemplatePreview(documents.Pdf(rendered.Value), documents.Pages(rendered.Value, maxPages));
    }

    async Task<Error?> CheckAsync(TemplateSpec spec, Guid? id, string language, CancellationToken ct)
    {
        string L(string en, string ar) => StudioText.Pick(language, en, ar);
        var errors = RequestTypeSpecRules.CheckFields(spec.Fields, language);
        // A template writes its answers into the document: a file or a related person has no text to write.
        foreach (var (field, index) in spec.Fields.Where(f => f is not null).OrderBy(f => f.Order).Select((f, i) => (f, i)))
        {
            if (field.Type is FieldType.Files or FieldType.RelatedPerson)
                errors[$"fields[{index}].type"] = [L($"The question '{field.Key}' cannot be a {field.Type}: a template writes text answers into the document.",
                    $"لا يمكن أن يكون السؤال «{field.Key}» من نوع {field.Type}: القالب يكتب إجابات نصية في المستند.")];
        }
        if (!spec.Name.IsComplete) errors["name"] = [L("The name is required in English and Arabic.", "الاسم مطلوب بالإنجليزية والعربية.")];
        var type = await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == spec.RequestTypeId, ct);
        if (type is null || type.Creates != RequestKind.ContractFromTemplate)
            errors["requestTypeId"] = [L("Choose a request type that generates a contract from a template.", "اختر نوع طلب يُنشئ عقدًا من قالب.")];
        else if (await db.Set<ContractTemplate>().AnyAsync(t => t.RequestTypeId == spec.RequestTypeId && t.Id != id, ct))
            errors["requestTypeId"] = [L("Another template is already offered by this request type.", "نوع الطلب هذا يعرض قالبًا آخر بالفعل.")];
        // A retired contract type takes no new templates; one that already has it may keep it.
        var keeps = id is not null && await db.Set<ContractTemplate>().AnyAsync(t => t.Id == id && t.ContractTypeId == spec.ContractTypeId, ct);
        if (spec.ContractTypeId is { } contractType && !await db.Set<ContractType>().AnyAsync(t => t.Id == contractType && (keeps || !t.IsRetired), ct))
            errors["contractTypeId"] = [L("Choose an existing contract type that is not retired.", "اختر نوع عقد موجودًا غير موقوف.")];
        if (spec.Audience == Audience.Departments)
            errors["audience"] = [L("A template is offered to all clients or to chosen organizations.", "يُعرض القالب على جميع العملاء أو على جهات مختارة.")];
        if (spec.Audience == Audience.Organizations && spec.AudienceIds.Count == 0)
            errors["audienceIds"] = [L("Choose at least one organization.", "اختر جهة واحدة على الأقل.")];
        else if (spec.Audience == Audience.Organizations)
        {
            var ids = spec.AudienceIds.Distinct().ToList();
            if (await db.Set<Clients.ClientOrganization>().CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
                errors["audienceIds"] = [L("Choose organizations that exist.", "اختر جهات موجودة.")];
        }
        if (errors.Count > 0) return Error.Invalid(errors, L("The template is not valid.", "القالب غير صالح."));

        var clauses = await rendering.ClausesForAsync(spec.BodyEn, spec.BodyAr, language, ct);
        if (!clauses.IsSuccess) return clauses.Error;
        var questionnaire = await rendering.QuestionnaireAsync(spec.Fields, clauses.Value, ct);
        var problems = rendering.Check(new TemplateText(spec.Name, spec.BodyEn, spec.BodyAr, questionnaire, spec.Digits, clauses.Value), language);
        return problems.Count > 0
            ? Error.Invalid(problems, L("The template has errors: ", "في القالب أخطاء: ") + string.Join("; ", problems.SelectMany(e => e.Value)))
            : null;
    }

    async Task<Result<TemplateDetail>> SaveAsync(ContractTemplate template, Actor actor, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale(actor);
        }
        return await DetailAsync(template, ct);
    }

    async Task<TemplateDetail> DetailAsync(ContractTemplate template, CancellationToken ct)
    {
        var versions = await db.Set<ContractTemplateVersion>().AsNoTracking().Where(v => v.TemplateId == template.Id)
            .OrderByDescending(v => v.Number).Select(v => new TemplateVersionSummary(v.Number, v.PublishedAt, v.PublishedBy)).ToListAsync(ct);
        return TemplateDetail.Of(template, versions);
    }

    static TemplateSummary Summary(ContractTemplate t) =>
        new(t.Id, t.Name, t.ContractTypeId, t.RequestTypeId, t.PublishedVersion, t.HasDraft, t.IsRetired, t.UpdatedAt);
}
