using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Contracts.Clauses;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Templates;

// The template studio and clause library (legal team). Everyone else gets 404 from every route.
internal static class TemplateStudioEndpoints
{
    public static void MapTemplateStudio(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/v1/studio/templates").WithTags("Template studio").WithActor();
        templates.MapGet("/", List).WithSummary("Templates with their state (search, contract type, paging; retired ones on request).");
        templates.MapPost("/", Create).WithSummary("Write a new template (a working copy; publish it to offer it).");
        templates.MapGet("/{id:guid}", Get);
        templates.MapPut("/{id:guid}", Update).WithSummary("Change the working copy; clients keep the published version until the next publication.");
        templates.MapPost("/{id:guid}/publish", Publish).WithSummary("Freeze the working copy as version n+1 (400 with line-numbered errors).");
        templates.MapPost("/{id:guid}/retire", Retire).WithSummary("Stop offering the template; its versions stay readable.");
        templates.MapGet("/{id:guid}/versions/{number:int}", Version).WithSummary("A published version, as frozen.");
        templates.MapPost("/preview", Preview).WithSummary("The PDF an unsaved source renders with sample or given answers.");

        var types = app.MapGroup("/api/v1/studio/contract-types").WithTags("Template studio").WithActor();
        types.MapGet("/", ContractTypeList).WithSummary("Contract types (per request category; retired ones on request).");
        types.MapPost("/", CreateContractType);
        types.MapGet("/{id:guid}", GetContractType);
        types.MapPut("/{id:guid}", UpdateContractType).WithSummary("Rename or re-file a contract type; editing a retired one brings it back.");
        types.MapPost("/{id:guid}/retire", RetireContractType).WithSummary("Stop offering the templates of this type; its contracts stay.");

        var clauses = app.MapGroup("/api/v1/studio/clauses").WithTags("Template studio").WithActor();
        clauses.MapGet("/", Clauses);
        clauses.MapPost("/", CreateClause).WithSummary("Add a clause to the library; insert it with {% clause \"key\" %}.");
        clauses.MapGet("/{id:guid}", Clause).WithSummary("A clause and the templates that use it.");
        clauses.MapPut("/{id:guid}", UpdateClause).WithSummary("Change a clause; the answer lists the templates to republish.");
    }

    static async Task<Results<Ok<Page<TemplateSummary>>, ProblemHttpResult>> List(string? search, int? limit, string? cursor, Guid? contractTypeId,
        bool? includeRetired, HttpContext http, TemplateStudio studio, CancellationToken ct) =>
        (await studio.ListAsync(http.Actor(), new PageQuery(limit, cursor, search), contractTypeId, includeRetired ?? false, ct)).OkOrProblem();

    static async Task<Results<Created<TemplateDetail>, ProblemHttpResult>> Create(TemplateBody body, HttpContext http, TemplateStudio studio,
        CancellationToken ct) =>
        (await studio.CreateAsync(body.ToSpec(), http.Actor(), ct)).CreatedOrProblem(t => $"/api/v1/studio/templates/{t.Id}");

    static async Task<Results<Ok<TemplateDetail>, ProblemHttpResult>> Get(Guid id, HttpContext http, TemplateStudio studio, CancellationToken ct) =>
        (await studio.GetAsync(id, http.Actor(), ct)).OkOrProblem();

    static async Task<Results<Ok<TemplateDetail>, ProblemHttpResult>> Update(Guid id, TemplateBody body, HttpContext http, TemplateStudio studio,
        CancellationToken ct) =>
        body.Revision is { } revision
            ? (await studio.UpdateAsync(id, body.ToSpec(), revision, http.Actor(), ct)).OkOrProblem()
            : MissingRevision(http, "Send the revision of the template you are changing.", "أرسل رقم مراجعة القالب الذي تعدّله.");

    static async Task<Results<Ok<TemplateDetail>, ProblemHttpResult>> Publish(Guid id, RevisionBody body, HttpContext http, TemplateStudio studio,
        CancellationToken ct) =>
        body.Revision is { } revision
            ? (await studio.PublishAsync(id, revision, http.Actor(), ct)).OkOrProblem()
            : MissingRevision(http, "Send the revision of the template you are publishing.", "أرسل رقم مراجعة القالب الذي تنشره.");

    static async Task<Results<Ok<TemplateDetail>, ProblemHttpResult>> Retire(Guid id, HttpContext http, TemplateStudio studio, CancellationToken ct) =>
        (await studio.RetireAsync(id, http.Actor(), ct)).OkOrProblem();

    static async Task<Results<Ok<TemplateVersionView>, ProblemHttpResult>> Version(Guid id, int number, HttpContext http, TemplateStudio studio,
        CancellationToken ct) =>
        (await studio.VersionAsync(id, number, http.Actor(), ct)).OkOrProblem();

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Preview(TemplatePreviewBody body, HttpContext http, TemplateStudio studio,
        CancellationToken ct)
    {
        var preview = await studio.PreviewAsync(body.ToDraft(), body.Data(), body.Language == "ar" ? "ar" : "en", 0, http.Actor(), ct);
        return preview.IsSuccess ? TypedResults.File(preview.Value.Pdf, "application/pdf", "preview.pdf") : preview.Error.ToProblem();
    }

    static async Task<Results<Ok<IReadOnlyList<ClauseSummary>>, ProblemHttpResult>> Clauses(string? search, HttpContext http, ClauseLibrary library,
        CancellationToken ct) =>
        (await library.ListAsync(http.Actor(), search, ct)).OkOrProblem();

    static async Task<Results<Created<ClauseDetail>, ProblemHttpResult>> CreateClause(ClauseBody body, HttpContext http, ClauseLibrary library,
        CancellationToken ct) =>
        (await library.CreateAsync(body.Key?.Trim() ?? "", body.ToSpec(), http.Actor(), ct)).CreatedOrProblem(c => $"/api/v1/studio/clauses/{c.Id}");

    static async Task<Results<Ok<ClauseDetail>, ProblemHttpResult>> Clause(Guid id, HttpContext http, ClauseLibrary library, CancellationToken ct) =>
        (await library.GetAsync(id, http.Actor(), ct)).OkOrProblem();

    static async Task<Results<Ok<ClauseDetail>, ProblemHttpResult>> UpdateClause(Guid id, ClauseBody body, HttpContext http, ClauseLibrary library,
        CancellationToken ct) =>
        body.Revision is { } revision
            ? (await library.UpdateAsync(id, body.ToSpec(), revision, http.Actor(), ct)).OkOrProblem()
            : MissingRevision(http, "Send the revision of the clause you are changing.", "أرسل رقم مراجعة البند الذي تعدّله.");

    static async Task<Results<Ok<IReadOnlyList<StudioContractType>>, ProblemHttpResult>> ContractTypeList(Guid? categoryId, bool? includeRetired,
        HttpContext http, ContractTypes types, CancellationToken ct) =>
        (await types.ListAsync(http.Actor(), categoryId, includeRetired ?? false, ct)).OkOrProblem();

    static async Task<Results<Created<StudioContractType>, ProblemHttpResult>> CreateContractType(ContractTypeBody body, HttpContext http,
        ContractTypes types, CancellationToken ct) =>
        (await types.CreateAsync(body.ToSpec(), http.Actor(), ct)).CreatedOrProblem(t => $"/api/v1/studio/contract-types/{t.Id}");

    static async Task<Results<Ok<StudioContractType>, ProblemHttpResult>> GetContractType(Guid id, HttpContext http, ContractTypes types,
        CancellationToken ct) =>
        (await types.GetAsync(id, http.Actor(), ct)).OkOrProblem();

    static async Task<Results<Ok<StudioContractType>, ProblemHttpResult>> UpdateContractType(Guid id, ContractTypeBody body, HttpContext http,
        ContractTypes types, CancellationToken ct) =>
        body.Revision is { } revision
            ? (await types.UpdateAsync(id, body.ToSpec(), revision, http.Actor(), ct)).OkOrProblem()
            : MissingRevision(http, "Send the revision of the contract type you are changing.", "أرسل رقم مراجعة نوع العقد الذي تعدّله.");

    static async Task<Results<Ok<StudioContractType>, ProblemHttpResult>> RetireContractType(Guid id, HttpContext http, ContractTypes types,
        CancellationToken ct) =>
        (await types.RetireAsync(id, http.Actor(), ct)).OkOrProblem();

    static ProblemHttpResult MissingRevision(HttpContext http, string en, string ar) =>
        Error.Invalid("revision", StudioText.Pick(http.Actor().Language, en, ar)).ToProblem();
}
