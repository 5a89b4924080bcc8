using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Matters;
using WorkflowPortal.Api.Operations;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Api.Security;
using WorkflowPortal.Workflows.Contracts;

namespace WorkflowPortal.Api.Contracts;

internal static class ContractFileEndpoints
{
    public static void MapContractFiles(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/{id:guid}/versions", async (Guid id, HttpContext http, ContractVersions versions, CancellationToken ct) =>
            (await versions.ListAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Versions of the contract's document, oldest first, with author, time, size and SHA-256.");
        contracts.MapPost("/{id:guid}/versions", AddAsync).DisableAntiforgery()
            .WithMetadata(new RequestBodyDoc(null, ["note"], ["file"]))
            .WithSummary("Add a version: multipart with one PDF or DOCX (or one of each) and an optional note.");
        contracts.MapGet("/versions/{versionId:guid}/content", DownloadAsync)
            .WithSummary("A version's file: the main document, or ?file={fileId} (e.g. the signature certificate); ?inline=true shows a PDF in the portal's own pages.");
    }

    static async Task<Results<Created<VersionView>, ProblemHttpResult>> AddAsync(Guid id, HttpRequest request, HttpContext http,
        ContractVersions versions, CancellationToken ct)
    {
        var form = await FormReader.ReadAsync(request, ct);
        if (!form.IsSuccess) return form.Error.ToProblem();
        try
        {
            return (await versions.AddAsync(id, form.Value.Uploads, form.Value.Fields.Text("note"), http.Actor(), ct))
                .CreatedOrProblem(v => $"/api/v1/contracts/versions/{v.Id}/content");
        }
        finally
        {
            foreach (var upload in form.Value.Uploads) await upload.Content.DisposeAsync();
        }
    }

    static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(Guid versionId, Guid? file, bool? inline, HttpContext http,
        ContractVersions versions, CancellationToken ct)
    {
        var result = await versions.OpenAsync(versionId, file, http.Actor(), ct);
        if (!result.IsSuccess) return result.Error.ToProblem();
        if (inline != true || result.Value.ContentType != "application/pdf")
            return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
        // The signing dialog shows the PDF beside the Sign button: only our own pages may frame it.
        var headers = http.Response.Headers;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.ContentSecurityPolicy = SecurityHeaders.Policy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);
        headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = result.Value.FileName }.ToString();
        return TypedResults.File(result.Value.Content, result.Value.ContentType);
    }
}
