using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Contracts;

namespace WorkflowPortal.Api.Contracts;

internal static class ContractTemplateEndpoints
{
    public sealed record PreviewBody(Dictionary<string, JsonElement>? Fields);

    public static void MapContractTemplates(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/v1/contract-templates").WithTags("Contract templates").WithActor();
        templates.MapGet("/", async (HttpContext http, ContractTemplates list, CancellationToken ct) => TypedResults.Ok(await list.ListAsync(http.Actor(), ct)))
            .WithSummary("Templates the caller may use, each with its questionnaire and the request type to submit it with.");
        templates.MapPost("/{id:guid}/preview", PreviewAsync)
            .WithSummary("The PDF the answers would produce (nothing is stored).");
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PreviewAsync(Guid id, PreviewBody body, HttpContext http,
        ContractTemplates templates, CancellationToken ct)
    {
        var answers = new Dictionary<string, string[]>();
        foreach (var (key, value) in body.Fields ?? [])
        {
            answers[key] = value.ValueKind switch
            {
                JsonValueKind.String => [value.GetString()!],
                JsonValueKind.Number => [value.GetRawText()],
                JsonValueKind.True or JsonValueKind.False => [value.GetRawText()],
                JsonValueKind.Array => [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())],
                _ => [],
            };
        }
        var pdf = await templates.PreviewAsync(id, answers, http.Actor(), ct);
        return pdf.IsSuccess ? TypedResults.File(pdf.Value, "application/pdf", "preview.pdf") : pdf.Error.ToProblem();
    }
}
