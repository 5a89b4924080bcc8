using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowPortal.Api.Matters;
using WorkflowPortal.Api.Operations;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Contracts.Verification;

namespace WorkflowPortal.Api.Verification;

// Public: whoever holds a signed copy may check it without an account. Rate-limited per address
// (RateLimits:Verify) like the other anonymous calls.
internal static class VerificationEndpoints
{
    public static void MapVerification(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/verify", VerifyAsync).AllowAnonymous().DisableAntiforgery()
            .WithTags("Verification")
            .WithMetadata(new RequestSizeLimitAttribute(SignedCopyVerification.MaxBytes + 64 * 1024))
            .WithMetadata(new RequestBodyDoc(null, [], ["file"]))
            .WithSummary("Is this PDF a genuine signed copy from this portal? Multipart with one field 'file'; answers the contract reference, version and signing dates only.");
    }

    static async Task<Results<Ok<VerificationView>, ProblemHttpResult>> VerifyAsync(HttpRequest request, SignedCopyVerification verification,
        CancellationToken ct)
    {
        var form = await FormReader.ReadAsync(request, ct);
        if (!form.IsSuccess) return form.Error.ToProblem();
        try
        {
            var verdict = await verification.VerifyAsync(form.Value.Uploads.FirstOrDefault()?.Content, ct);
            return verdict.IsSuccess ? TypedResults.Ok(VerificationView.From(verdict.Value)) : verdict.Error.ToProblem();
        }
        finally
        {
            foreach (var upload in form.Value.Uploads) await upload.Content.DisposeAsync();
        }
    }
}

public sealed record VerificationView(bool Genuine, string Outcome, string? ContractReference, int? VersionNumber,
    int? SignedVersionNumber, IReadOnlyList<DateTimeOffset> SignedAt, DateTimeOffset? IssuedAt)
{
    public static VerificationView From(VerificationVerdict v) => new(v.IsGenuine, ToCamel(v.Outcome.ToString()), v.ContractReference,
        v.VersionNumber, v.SignedVersionNumber, v.SignedAt, v.IssuedAt);

    static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
