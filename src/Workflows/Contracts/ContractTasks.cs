using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Signatures;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

// Who approves and signs a contract, with each status and date, and the approval centre: the
// tasks waiting for the caller. Lists show the latest round, also after the state was left.
public sealed class ContractTasks(PortalDb db)
{
    public async Task<Result<IReadOnlyList<ApprovalView>>> ApprovalsAsync(Guid contractId, Actor actor, CancellationToken ct)
    {
        var contract = await db.VisibleContracts(actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null) return ContractAccess.NotFound;
        var tasks = db.Set<ApprovalTask>().AsNoTracking().Where(t => t.InstanceId == contract.WorkflowInstanceId);
        var visit = await tasks.MaxAsync(t => (int?)t.Visit, ct);
        var latest = await tasks.Where(t => t.Visit == visit).OrderBy(t => t.Step).ThenBy(t => t.Position).ToListAsync(ct);
        var isClient = WorkflowSteps.EngineActor(contract, actor).IsClient;
        return latest.Select(t => ApprovalOf(t, actor, isClient)).ToList();
    }

    public async Task<Result<IReadOnlyList<SignatureView>>> SignaturesAsync(Guid contractId, Actor actor, CancellationToken ct)
    {
        var contract = await db.VisibleContracts(actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null) return ContractAccess.NotFound;
        var tasks = db.Set<SignatureTask>().AsNoTracking().Where(t => t.InstanceId == contract.WorkflowInstanceId);
        var visit = await tasks.MaxAsync(t => (int?)t.Visit, ct);
        var latest = await tasks.Where(t => t.Visit == visit).OrderBy(t => t.Order).ToListAsync(ct);
        var ids = latest.Select(t => t.Id).ToList();
        var evidence = await db.Set<ContractSignature>().AsNoTracking().Where(s => ids.Contains(s.TaskId)).ToDictionaryAsync(s => s.TaskId, ct);
        var isClient = WorkflowSteps.EngineActor(contract, actor).IsClient;
        var views = latest.Select(t => SignatureOf(t, evidence.GetValueOrDefault(t.Id), actor, isClient)).ToList();
        if (!views.Any(v => v.CanSign)) return views;
        var document = await SigningDocumentAsync(contract, actor, ct);
        return views.Select(v => v.CanSign ? v with { Document = document } : v).ToList();
    }

    async Task<SigningDocument?> SigningDocumentAsync(Contract contract, Actor actor, CancellationToken ct)
    {
        var version = await db.Set<ContractVersion>().AsNoTracking()
            .Where(v => v.ContractId == contract.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var file = version?.Files.FirstOrDefault(f => f.Role == FileRole.Document && f.Sha256 == version.Sha256);
        if (version is null || file is null) return null;
        return new(version.Id, version.Number, version.Sha256, file.Id, file.FileName, file.Kind == FileKind.Pdf,
            SignatureConsent.Text(CultureInfo.CurrentUICulture, actor.DisplayName, contract.Reference, version.Number, version.Sha256));
    }

    // My pending approvals and signatures, oldest first: what the approval centre lists.
    public async Task<IReadOnlyList<PendingTask>> PendingForAsync(Actor actor, CancellationToken ct)
    {
        var me = actor.UserId.ToString();
        var approvals = await (from t in db.Set<ApprovalTask>().AsNoTracking()
                               join c in db.Set<Contract>().AsNoTracking() on t.InstanceId equals c.WorkflowInstanceId
                               where t.AssigneeId == me && t.Status == WorkflowTaskStatus.Pending
                               select new PendingTask(t.Id, StateKind.Approval, c.Id, c.Reference, c.Title, t.Step, t.ActivatedAt)).ToListAsync(ct);
        var signatures = await (from t in db.Set<SignatureTask>().AsNoTracking()
                                join c in db.Set<Contract>().AsNoTracking() on t.InstanceId equals c.WorkflowInstanceId
                                where t.SignerId == me && t.Status == WorkflowTaskStatus.Pending
                                select new PendingTask(t.Id, StateKind.Signature, c.Id, c.Reference, c.Title, t.Order, t.ActivatedAt)).ToListAsync(ct);
        return [.. approvals.Concat(signatures).OrderBy(t => t.Since)];
    }

    internal static ApprovalView ApprovalOf(ApprovalTask t, Actor actor, bool isClient) =>
        // An approver's comment is for the legal team: the client's side sees the status, and its own comment.
        new(t.Id, t.Step, t.Mode, t.AssigneeId, t.AssigneeName, t.Status, t.ActivatedAt, t.DecidedAt,
            actor.IsLegalTeam || t.AssigneeId == actor.UserId.ToString() ? t.Comment : null,
            CanDecide: !isClient && t.Status == WorkflowTaskStatus.Pending && t.AssigneeId == actor.UserId.ToString());

    internal static SignatureView SignatureOf(SignatureTask t, ContractSignature? evidence, Actor actor, bool isClient = false) =>
        new(t.Id, t.Order, t.SignerId, t.SignerName, t.Status, t.ActivatedAt, t.DecidedAt, t.Comment,
            CanSign: !isClient && t.Status == WorkflowTaskStatus.Pending && t.SignerId == actor.UserId.ToString(),
            evidence is null ? null : new SignatureEvidence(evidence.VersionNumber, evidence.VersionSha256,
                evidence.TypedName is null ? "drawn" : "typed", actor.IsLegalTeam ? evidence.IpAddress : null, evidence.SignedAt,
                evidence.ConsentText.Length == 0 ? null : evidence.ConsentText));
}
