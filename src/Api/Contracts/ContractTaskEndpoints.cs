using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Contracts;

namespace WorkflowPortal.Api.Contracts;

internal static class ContractTaskEndpoints
{
    public sealed record DecisionBody(bool? Approve, string? Comment);

    public sealed record SignBody(string? TypedName, string? DrawnImage, bool Consent);

    public sealed record DeclineBody(string? Reason);

    public static void MapContractTasks(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/{id:guid}/approvals", async (Guid id, HttpContext http, ContractTasks tasks, CancellationToken ct) =>
            (await tasks.ApprovalsAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Approvers of the latest approval round, by step, with status and dates.");
        contracts.MapGet("/{id:guid}/signatures", async (Guid id, HttpContext http, ContractTasks tasks, CancellationToken ct) =>
            (await tasks.SignaturesAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Signers of the latest signature round, in order, with status, dates and the hash they signed.");
    }

    public static void MapContractDecisions(this IEndpointRouteBuilder app)
    {
        var approvals = app.MapGroup("/api/v1/approval-tasks").WithTags("Approvals").WithActor();
        approvals.MapGet("/", async (HttpContext http, ContractTasks tasks, CancellationToken ct) =>
            TypedResults.Ok(await tasks.PendingForAsync(http.Actor(), ct)))
            .WithSummary("The approval centre: the caller's pending approval and signature tasks, oldest first.");
        approvals.MapPost("/{id:guid}/decision", async (Guid id, DecisionBody body, HttpContext http, ContractDecisions decisions, CancellationToken ct) =>
            (await decisions.DecideAsync(id, new DecisionCommand(body.Approve, body.Comment), http.Actor(), ct)).OkOrProblem())
            .WithSummary("Approve or reject: {approve: true|false, comment}. Clients get 403 and the attempt is recorded.");

        var signatures = app.MapGroup("/api/v1/signature-tasks").WithTags("Signatures").WithActor();
        signatures.MapPost("/{id:guid}/sign", async (Guid id, SignBody body, HttpContext http, ContractDecisions decisions, CancellationToken ct) =>
            (await decisions.SignAsync(id, new SignCommand(body.TypedName, body.DrawnImage, body.Consent,
                http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()), http.Actor(), ct)).OkOrProblem())
            .WithSummary("Sign with {typedName} or {drawnImage: data:image/png;base64,...} and {consent: true}, accepting the consent text of the pending task (GET /contracts/{id}/signatures, document.consent); records it with time, IP, user agent and the version's SHA-256.");
        signatures.MapPost("/{id:guid}/decline", async (Guid id, DeclineBody body, HttpContext http, ContractDecisions decisions, CancellationToken ct) =>
            (await decisions.DeclineAsync(id, body.Reason, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Decline to sign, with a reason.");
    }
}
