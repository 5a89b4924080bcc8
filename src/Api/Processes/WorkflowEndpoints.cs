using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes;

namespace WorkflowPortal.Api.Processes;

internal static class WorkflowEndpoints
{
    const int MaxDefinitionBytes = 512 * 1024;

    public static void MapWorkflows(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/v1/workflow-definitions").WithTags("Workflow definitions").WithActor();
        definitions.MapGet("/", async (HttpContext http, WorkflowCatalog catalog, CancellationToken ct) =>
            (await catalog.ListAsync(http.Actor(), ct)).OkOrProblem()).WithSummary("Every definition with its published and draft versions (administrators).");
        definitions.MapGet("/{key}", async (string key, HttpContext http, WorkflowCatalog catalog, CancellationToken ct) =>
            (await catalog.PublishedAsync(key, http.Actor(), ct)).OkOrProblem()).WithSummary("The published version and the list of versions.");
        definitions.MapGet("/{key}/versions/{version:int}", async (string key, int version, HttpContext http, WorkflowCatalog catalog, CancellationToken ct) =>
            (await catalog.VersionAsync(key, version, http.Actor(), ct)).OkOrProblem());
        definitions.MapGet("/{key}/versions/{version:int}/export", Export).WithSummary("The definition as a JSON file, to import elsewhere.");
        definitions.MapPut("/{key}/draft", SaveDraft).WithSummary("Save the draft (the body is the definition JSON); returns what would block publishing.");
        definitions.MapPost("/import", Import).WithSummary("Import a definition JSON as a draft.");
        definitions.MapPost("/{key}/publish", Publish)
            .WithSummary("Validate the draft and publish it as the version new requests start on (optional body: a note for the change log).");
        definitions.MapGet("/{key}/impact", async (string key, HttpContext http, WorkflowPortal.Workflows.Processes.Designer.WorkflowDesign design, CancellationToken ct) =>
            (await design.ImpactAsync(key, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Before publishing: the draft's changes, how many running instances each concerns, and the client's status labels that change (administrators).");
        definitions.MapGet("/{key}/diagram", async (string key, int? version, HttpContext http, WorkflowCatalog catalog, CancellationToken ct) =>
            (await catalog.DiagramAsync(key, version, http.Actor(), ct)).OkOrProblem()).WithSummary("Mermaid diagram of a version (the latest by default).");

        var instances = app.MapGroup("/api/v1/workflow-instances").WithTags("Workflow instances").WithActor();
        instances.MapGet("/{id:guid}", async (Guid id, HttpContext http, InstanceAccess access, CancellationToken ct) =>
            (await access.GetAsync(id, http.Actor(), ct)).OkOrProblem()).WithSummary("State, label, history, tasks and the caller's available actions.");
        instances.MapPost("/{id:guid}/transitions", async (Guid id, TransitionBody body, HttpContext http, InstanceAccess access, CancellationToken ct) =>
            (await access.FireAsync(id, body.Trigger, body.Comment, body.Fields, http.Actor(), ct)).OkOrProblem());
        instances.MapGet("/{id:guid}/diagram", async (Guid id, HttpContext http, InstanceAccess access, CancellationToken ct) =>
            (await access.DiagramAsync(id, http.Actor(), ct)).OkOrProblem()).WithSummary("Mermaid of the pinned definition with the path taken and the current state.");
    }

    // Optional: the note goes into the definition's change log.
    // The note is optional, so the body is read by hand: a declared JSON body would make routing refuse a
    // publish without a Content-Type and hand it to the not-found fallback.
    static async Task<IResult> Publish(string key, HttpContext http, WorkflowCatalog catalog, CancellationToken ct)
    {
        PublishBody? body = null;
        if (http.Request.HasJsonContentType())
        {
            try { body = await http.Request.ReadFromJsonAsync<PublishBody>(ct); }
            catch (System.Text.Json.JsonException)
            {
                return TypedResults.Problem(title: "The request body is not valid JSON.", statusCode: StatusCodes.Status400BadRequest);
            }
        }
        return (await catalog.PublishAsync(key, http.Actor(), ct, body?.Note)).OkOrProblem();
    }

    public sealed record PublishBody(string? Note);

    public sealed record TransitionBody(string? Trigger, string? Comment, Dictionary<string, string>? Fields);

    static async Task<Results<Ok<DraftSaved>, ProblemHttpResult>> SaveDraft(string key, HttpRequest request, HttpContext http, WorkflowCatalog catalog, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        return body.IsSuccess ? (await catalog.SaveDraftAsync(key, body.Value, http.Actor(), ct)).OkOrProblem() : body.Error.ToProblem();
    }

    static async Task<Results<Ok<DraftSaved>, ProblemHttpResult>> Import(HttpRequest request, HttpContext http, WorkflowCatalog catalog, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        return body.IsSuccess ? (await catalog.ImportAsync(body.Value, http.Actor(), ct)).OkOrProblem() : body.Error.ToProblem();
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(string key, int version, HttpContext http, WorkflowCatalog catalog, CancellationToken ct)
    {
        var json = await catalog.ExportAsync(key, version, http.Actor(), ct);
        return json.IsSuccess
            ? TypedResults.File(Encoding.UTF8.GetBytes(json.Value), "application/json", $"{key}.v{version}.json")
            : json.Error.ToProblem();
    }

    // The definition document is read as text so that the engine's parser names what is wrong in it.
    static async Task<Result<string>> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxDefinitionBytes) return Error.Invalid("body", "A workflow definition is at most 512 KB.");
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxDefinitionBytes + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        if (read > MaxDefinitionBytes) return Error.Invalid("body", "A workflow definition is at most 512 KB.");
        var text = new string(buffer, 0, read);
        return string.IsNullOrWhiteSpace(text) ? Error.Invalid("body", "Send the workflow definition as JSON.") : text;
    }
}
