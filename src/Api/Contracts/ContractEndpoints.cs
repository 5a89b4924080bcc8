using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Contracts;

internal static class ContractEndpoints
{
    public static void MapContracts(this IEndpointRouteBuilder app)
    {
        var contracts = app.MapGroup("/api/v1/contracts").WithTags("Contracts").WithActor();
        contracts.MapGet("/", List).WithSummary("Contracts the caller may see, newest first (keyset paging).");
        contracts.MapGet("/{id:guid}", async (Guid id, HttpContext http, ContractWork work, CancellationToken ct) =>
            (await work.GetAsync(id, http.Actor(), ct)).OkOrProblem())
            .WithSummary("A contract with its status, its newest history (historyCursor reads earlier), the caller's available actions and (legal team) audit and plan.");
        contracts.MapGet("/{id:guid}/history", async (Guid id, string? cursor, int? limit, HttpContext http, ContractWork work, CancellationToken ct) =>
            (await work.HistoryAsync(id, http.Actor(), cursor, limit, ct)).OkOrProblem())
            .WithSummary("The contract's workflow history, newest first, by page (?limit=&cursor=; the detail's historyCursor continues it).");
        contracts.MapPost("/{id:guid}/transitions", async (Guid id, TransitionBody body, HttpContext http, ContractWork work, CancellationToken ct) =>
            (await work.FireAsync(id, body.Trigger, body.Comment, body.Fields, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Take one of the available actions.");
        contracts.MapPut("/{id:guid}/particulars", async (Guid id, ParticularsBody body, HttpContext http, ContractSetup setup, CancellationToken ct) =>
            (ContractBodyLimits.Check(body, http.Actor().Language) is { } bad ? bad : await setup.DescribeAsync(id, body.ToParticulars(), http.Actor(), ct)).OkOrProblem())
            .WithSummary("Title, type, parties, value and dates (legal team).");
        contracts.MapPut("/{id:guid}/assignee", async (Guid id, AssigneeBody body, HttpContext http, ContractSetup setup, CancellationToken ct) =>
            (await setup.AssignAsync(id, body.LawyerId, http.Actor(), ct)).OkOrProblem())
            .WithSummary("Assign a lawyer (legal team).");
        contracts.MapPut("/{id:guid}/approval-plan", async (Guid id, ApprovalPlanBody body, HttpContext http, ContractSetup setup, CancellationToken ct) =>
            (ContractBodyLimits.Check(body, http.Actor().Language) is { } bad ? bad : await setup.PlanApprovalsAsync(id, new ApprovalPlanCommand(body.Steps?.Select(s =>
                new PlannedStep(string.Equals(s.Mode, "any", StringComparison.OrdinalIgnoreCase), s.Approvers ?? [])).ToList()), http.Actor(), ct)).OkOrProblem())
            .WithSummary("Ordered approval steps for this contract (legal team): [{mode: all|any, approvers: [userId]}].");
        contracts.MapPut("/{id:guid}/signer-plan", async (Guid id, SignerPlanBody body, HttpContext http, ContractSetup setup, CancellationToken ct) =>
            (await setup.PlanSignersAsync(id, new SignerPlanCommand(body.Signers), http.Actor(), ct)).OkOrProblem())
            .WithSummary("Signers in signing order for this contract (legal team).");
        contracts.MapContractFiles();
        contracts.MapContractTasks();
        app.MapContractDecisions();
        app.MapMilestones(contracts);
        app.MapContractTemplates();
    }

    static async Task<Results<Ok<Page<ContractSummary>>, ProblemHttpResult>> List(
        [AsParameters] ContractListQuery query, HttpContext http, ContractQueries contracts, CancellationToken ct) =>
        (await contracts.ListAsync(http.Actor(), query.ToFilter(), query.Cursor, query.Limit, ct)).OkOrProblem();
}

public sealed record ContractListQuery(string? Search, string? Status, RequestKind? Path, Guid? ClientId, Guid? AssignedLawyerId, bool? Open,
    string? Cursor, int? Limit)
{
    public ContractFilter ToFilter() => new(Search, Status, Path, ClientId, AssignedLawyerId, Open);
}

public sealed record TransitionBody(string? Trigger, string? Comment, Dictionary<string, string>? Fields);

public sealed record AssigneeBody(Guid? LawyerId);

public sealed record ApprovalStepBody(string? Mode, List<Guid>? Approvers);

public sealed record ApprovalPlanBody(List<ApprovalStepBody>? Steps);

public sealed record SignerPlanBody(List<Guid>? Signers);

public sealed record PartyBody(
    string? Name,
    string? Role,
    string? Representative);

public sealed record ParticularsBody(string? Title, Guid? ContractTypeId, List<PartyBody>? Parties, decimal? Value, string? Currency,
    DateOnly? StartDate, DateOnly? EndDate, DateOnly? RenewalDate)
{
    public ContractParticulars ToParticulars() => new(Title ?? "", ContractTypeId,
        [.. (Parties ?? []).Select(p => new ContractParty(p.Name?.Trim() ?? "", p.Role?.Trim() ?? "", p.Representative?.Trim()))],
        Value, string.IsNullOrWhiteSpace(Currency) ? null : Currency.Trim(), StartDate, EndDate, RenewalDate);
}
