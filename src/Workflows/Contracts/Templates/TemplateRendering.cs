using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Templates;
using WorkflowPortal.Workflows.Contracts.Clauses;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using Compiled = WorkflowPortal.Documents.Templates.ContractTemplate;

namespace WorkflowPortal.Workflows.Contracts.Templates;

// The one place a template becomes a document: portal generation, the studio's preview, the
// signed copy and workflow `render` effects all come through here, so they cannot disagree.
public sealed class TemplateRendering(PortalDb db)
{
    static readonly Error TemplateNotFound = Error.NotFound("The contract template");

    // A published version (the latest when version is null) rendered with these data.
    public async Task<Result<Document>> RenderAsync(Guid templateId, int? version, IReadOnlyDictionary<string, object?> data, string language,
        string? title, CancellationToken ct)
    {
        var found = await VersionAsync(templateId, version, ct);
        if (found is null) return TemplateNotFound;
        return Render(found.Text, data, language, title ?? found.Name.In(language));
    }

    public async Task<ContractTemplateVersion?> VersionAsync(Guid templateId, int? version, CancellationToken ct)
    {
        var query = db.Set<ContractTemplateVersion>().AsNoTracking().Where(v => v.TemplateId == templateId);
        return version is { } number
            ? await query.FirstOrDefaultAsync(v => v.Number == number, ct)
            : await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
    }

    // Errors are worded in `messages` (the reader's language), which is not always the document's.
    public Result<Document> Render(TemplateText text, IReadOnlyDictionary<string, object?> data, string language, string title,
        string? messages = null)
    {
        messages ??= language;
        var compiled = Compile(text, language, messages);
        if (!compiled.IsSuccess) return compiled.Error;
        var (template, settings) = compiled.Value;
        var rendered = template.Render(data, d => ContractDocuments.Settings(d, language, title), settings);
        if (!rendered.IsSuccess)
        {
            var problem = StudioText.Describe(rendered.Error!, messages);
            return Error.Invalid(new Dictionary<string, string[]> { [BodyKey(language)] = [problem] },
                StudioText.Pick(messages, $"The template cannot be rendered: {problem}", $"تعذّر إنشاء المستند من القالب: {problem}"));
        }
        return rendered.Value!;
    }

    // Every problem of both bodies and their clauses, each with its line, rendered once with sample
    // answers so that unknown variables and misused filters are found before anyone fills it in.
    public Dictionary<string, string[]> Check(TemplateText text, string messages)
    {
        var errors = new Dictionary<string, string[]>();
        var sample = SampleAnswers(text.Fields);
        foreach (var language in new[] { "en", "ar" })
        {
            if (string.IsNullOrWhiteSpace(language == "ar" ? text.BodyAr : text.BodyEn))
            {
                errors[BodyKey(language)] = [language == "ar"
                    ? StudioText.Pick(messages, "The Arabic body is required.", "نص القالب العربي مطلوب.")
                    : StudioText.Pick(messages, "The English body is required.", "نص القالب الإنجليزي مطلوب.")];
                continue;
            }
            var rendered = Render(text, sample, language, "check", messages);
            if (!rendered.IsSuccess) errors[BodyKey(language)] = rendered.Error.Fields?[BodyKey(language)] ?? [rendered.Error.Message];
        }
        return errors;
    }

    // The clauses a working copy uses, as the library has them now (clauses may insert clauses).
    public async Task<Result<IReadOnlyList<ClauseText>>> ClausesForAsync(string bodyEn, string bodyAr, string messages, CancellationToken ct)
    {
        var found = new Dictionary<string, ClauseText>();
        var pending = Compiled.ClauseReferences(bodyEn).Concat(Compiled.ClauseReferences(bodyAr)).Select(r => r.Key).Distinct().ToList();
        while (pending.Count > 0)
        {
            var keys = pending;
            var clauses = await db.Set<ContractClause>().AsNoTracking().Where(c => keys.Contains(c.Key)).ToListAsync(ct);
            var missing = keys.Except(clauses.Select(c => c.Key)).FirstOrDefault();
            if (missing is not null)
            {
                var (field, line) = Locate(missing, bodyEn, bodyAr);
                return Error.Invalid(field, StudioText.Describe(new(line, $"The clause '{missing}' is not in the clause library."), messages));
            }
            foreach (var clause in clauses) found[clause.Key] = clause.Text;
            pending = clauses.SelectMany(c => Compiled.ClauseReferences(c.BodyEn).Concat(Compiled.ClauseReferences(c.BodyAr)))
                .Select(r => r.Key).Distinct().Where(k => !found.ContainsKey(k)).ToList();
        }
        return found.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
    }

    // The template's own questions first, then those its clauses add (a key the template already asks is not asked twice).
    public async Task<IReadOnlyList<FieldDefinition>> QuestionnaireAsync(IReadOnlyList<FieldDefinition> own, IReadOnlyList<ClauseText> clauses,
        CancellationToken ct)
    {
        var keys = clauses.Select(c => c.Key).ToList();
        var library = await db.Set<ContractClause>().AsNoTracking().Where(c => keys.Contains(c.Key)).ToListAsync(ct);
        var fields = own.ToList();
        var order = fields.Count == 0 ? 0 : fields.Max(f => f.Order);
        foreach (var field in library.OrderBy(c => c.Key, StringComparer.Ordinal).SelectMany(c => c.Fields))
        {
            if (fields.Any(f => f.Key == field.Key)) continue;
            fields.Add(field with { Order = ++order });
        }
        return fields;
    }

    // The answers as Liquid sees them: one value as text, several as a list, yes/no as a boolean.
    public static Dictionary<string, object?> Answers(IReadOnlyList<FieldDefinition> questionnaire, IReadOnlyList<SubmittedValue> answers)
    {
        var values = answers.ToDictionary(a => a.Key, a => a.Type == FieldType.YesNo && a.Values.Count == 1
            ? a.Values[0] == "true"
            : a.Values.Count == 1 && a.Type != FieldType.MultipleChoice ? (object?)a.Values[0] : a.Values.ToList());
        foreach (var field in questionnaire.Where(f => !values.ContainsKey(f.Key))) values[field.Key] = null;
        return values;
    }

    // Plausible answers for every question: what the studio previews with when the author gives none.
    public static Dictionary<string, object?> SampleAnswers(IReadOnlyList<FieldDefinition> questionnaire) =>
        questionnaire.ToDictionary(f => f.Key, f => f.Default is { Length: > 0 } value && f.Type != FieldType.MultipleChoice
            ? (f.Type == FieldType.YesNo ? value == "true" : (object?)value)
            : f.Type switch
            {
                FieldType.Number or FieldType.Money => "150000",
                FieldType.Date => "2027-01-15",
                FieldType.YesNo => (object?)true,
                FieldType.SingleChoice => f.Options.FirstOrDefault()?.Value,
                FieldType.MultipleChoice => f.Options.Select(o => o.Value).Take(2).ToList(),
                FieldType.Email => "name@example.com",
                FieldType.Phone => "+966 11 000 0000",
                FieldType.Files or FieldType.RelatedPerson => null,
                _ => f.Label.En,
            });

    static Result<(Compiled Template, RenderSettings Settings)> Compile(TemplateText text, string language, string messages)
    {
        var body = Compiled.Compile(text.Body(language));
        if (!body.IsSuccess)
        {
            var problem = StudioText.Describe(body.Error!, messages);
            return Error.Invalid(new Dictionary<string, string[]> { [BodyKey(language)] = [problem] },
                StudioText.Pick(messages, $"The template cannot be used: {problem}", $"لا يمكن استخدام القالب: {problem}"));
        }
        var clauses = new Dictionary<string, Compiled>();
        foreach (var clause in text.Clauses)
        {
            var source = language == "ar" && clause.BodyAr.Length > 0 ? clause.BodyAr : clause.BodyEn;
            var compiled = Compiled.Compile(source);
            if (!compiled.IsSuccess)
            {
                var problem = StudioText.Pick(messages, $"clause '{clause.Key}' ", $"البند «{clause.Key}» ") + StudioText.Describe(compiled.Error!, messages);
                return Error.Invalid(new Dictionary<string, string[]> { [BodyKey(language)] = [problem] },
                    StudioText.Pick(messages, $"The clause '{clause.Key}' cannot be used: {problem}", $"لا يمكن استخدام البند «{clause.Key}»: {problem}"));
            }
            clauses[clause.Key] = compiled.Value!;
        }
        return (body.Value!, new RenderSettings(language, text.Digits, clauses));
    }

    static (string Field, int Line) Locate(string key, string bodyEn, string bodyAr)
    {
        var en = Compiled.ClauseReferences(bodyEn).FirstOrDefault(r => r.Key == key);
        if (en.Key is not null) return ("bodyEn", en.Line);
        var ar = Compiled.ClauseReferences(bodyAr).FirstOrDefault(r => r.Key == key);
        return ar.Key is not null ? ("bodyAr", ar.Line) : ("bodyEn", 1);
    }

    static string BodyKey(string language) => language == "ar" ? "bodyAr" : "bodyEn";
}
