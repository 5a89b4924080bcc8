using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Matters;
using WorkflowPortal.Api.Operations;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Api.Security;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Intake;

internal static class RequestEndpoints
{
    public static void MapRequests(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/requests").WithTags("Requests").WithActor();
        requests.MapPost("/", Submit).DisableAntiforgery()
            .WithMetadata(new RequestBodyDoc(typeof(SubmitBody), ["requestTypeId"], [], AnyField: true))
            .WithSummary("Submit a request: JSON {requestTypeId, fields}, or multipart with requestTypeId, one part per field and files under their field's key.");
    }

    public sealed record SubmitBody(Guid? RequestTypeId, Dictionary<string, JsonElement>? Fields);

    static async Task<Results<Created<Submitted>, ProblemHttpResult>> Submit(HttpRequest request, HttpContext http, Requests requests, CancellationToken ct)
    {
        var read = await ReadAsync(request, ct);
        if (!read.IsSuccess) return read.Error.ToProblem();
        var (typeId, fields, uploads) = read.Value;
        try
        {
            return (await requests.SubmitAsync(typeId, fields, uploads, http.Actor(), ct))
                .CreatedOrProblem(s => ContractIntake.Handles(s.Kind) ? $"/api/v1/contracts/{s.Id}" : $"/api/v1/matters/{s.Id}");
        }
        finally
        {
            foreach (var upload in uploads.Values.SelectMany(u => u)) await upload.Content.DisposeAsync();
        }
    }

    static async Task<Result<(Guid TypeId, Dictionary<string, string[]> Fields, Dictionary<string, IReadOnlyList<Upload>> Uploads)>> ReadAsync(
        HttpRequest request, CancellationToken ct)
    {
        if (request.HasJsonContentType())
        {
            SubmitBody? body;
            try
            {
                body = await request.ReadFromJsonAsync<SubmitBody>(ct);
            }
            catch (JsonException)
            {
                return Error.Invalid("body", "The body is not valid JSON for this endpoint.");
            }
            if (body?.RequestTypeId is not { } id) return Error.Invalid("requestTypeId", "Choose a request type.");
            var fields = new Dictionary<string, string[]>();
            foreach (var (key, value) in body.Fields ?? [])
            {
                if (Values(value) is not { } values) return Error.Invalid(key, "A field value is text, a number (at most 28 digits), yes/no, or a list of those.");
                fields[key] = values;
            }
            return (id, fields, new Dictionary<string, IReadOnlyList<Upload>>());
        }

        var form = await FormReader.ReadAsync(request, ct);
        if (!form.IsSuccess) return Error.Invalid("body", "Send JSON, or multipart/form-data when the request carries files.");
        var collection = form.Value.Fields.Form;
        if (!Guid.TryParse(collection["requestTypeId"].ToString(), out var typeId)) return Error.Invalid("requestTypeId", "Choose a request type.");
        var formFields = collection.Where(p => p.Key != "requestTypeId").ToDictionary(p => p.Key, p => p.Value.Select(v => CleanText.Clean(v ?? "")).ToArray());
        var uploads = collection.Files
            .Select((file, index) => (file.Name, Upload: form.Value.Uploads[index]))
            .GroupBy(f => f.Name)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Upload>)g.Select(f => f.Upload).ToList());
        return (typeId, formFields, uploads);
    }

    static string[]? Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [CleanText.Clean(value.GetString()!)],
        JsonValueKind.Number => Number(value) is { } number ? [number] : null,
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        JsonValueKind.Null => [],
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String || Number(v) is not null) =>
            [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? CleanText.Clean(v.GetString()!) : Number(v)!)],
        _ => null,
    };

    // 1e30 is a JSON number but no decimal: it is refused like any other value of the wrong shape.
    static string? Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;
}
