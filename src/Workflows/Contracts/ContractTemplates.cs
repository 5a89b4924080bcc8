using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts;

// Templates as the portal offers them: the published version's questionnaire, and a PDF preview
// of the answers before the request is submitted (nothing is stored by a preview). A template
// not yet published, retired, or meant for other organizations does not exist for this client.
public sealed class ContractTemplates(PortalDb db, RequestTypes types, TemplateRendering rendering, ContractDocuments documents)
{
    static readonly Error TemplateNotFound = Error.NotFound("The contract template");

    public async Task<IReadOnlyList<TemplateView>> ListAsync(Actor actor, CancellationToken ct)
    {
        var templates = await db.Set<ContractTemplate>().AsNoTracking().Where(t => !t.IsRetired && t.PublishedVersion > 0)
            .Where(t => t.ContractTypeId == null || db.Set<ContractType>().Any(c => c.Id == t.ContractTypeId && !c.IsRetired)).ToListAsync(ct);
        var views = new List<TemplateView>();
        foreach (var template in templates.Where(t => actor.IsLegalTeam || t.IsUsableBy(actor.ClientId)))
        {
            var type = await db.Set<RequestType>().AsNoTracking().FirstAsync(t => t.Id == template.RequestTypeId, ct);
            if (!actor.IsLegalTeam && !type.IsVisibleTo(actor.ClientId, actor.DepartmentId)) continue;
            var version = await rendering.VersionAsync(template.Id, template.PublishedVersion, ct);
            if (version is not null) views.Add(new TemplateView(template.Id, type.Id, version.Name, version.Fields, version.Number));
        }
        return [.. views.OrderBy(v => v.Name.In(actor.Language), StringComparer.CurrentCulture)];
    }

    // The version a submission of this request type generates from.
    public async Task<Result<(ContractTemplate Template, ContractTemplateVersion Version)>> OfferedByAsync(Guid requestTypeId, Actor actor,
        CancellationToken ct)
    {
        var template = await db.Set<ContractTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.RequestTypeId == requestTypeId, ct);
        // A retired contract type offers none of its templates.
        if (template is null || template.IsRetired || template.PublishedVersion == 0
            || (template.ContractTypeId is { } type && await db.Set<ContractType>().AnyAsync(c => c.Id == type && c.IsRetired, ct)))
            return NoTemplate(actor);
        if (!actor.IsLegalTeam && !template.IsUsableBy(actor.ClientId)) return TemplateNotFound;
        var version = await rendering.VersionAsync(template.Id, template.PublishedVersion, ct);
        return version is null ? NoTemplate(actor) : (template, version);
    }

    static Error NoTemplate(Actor actor) => Error.Conflict("template-missing", actor.Language == "ar"
        ? "لا يوجد لنوع الطلب هذا نموذج عقد منشور."
        : "This request type has no published contract template.");

    public async Task<Result<byte[]>> PreviewAsync(Guid templateId, IReadOnlyDictionary<string, string[]> answers, Actor actor, CancellationToken ct)
    {
        var draft = await DraftAsync(templateId, answers, actor, ct);
        return draft.IsSuccess ? documents.Pdf(draft.Value) : draft.Error;
    }

    public async Task<Result<TemplatePreview>> PreviewPagesAsync(Guid templateId, IReadOnlyDictionary<string, string[]> answers, Actor actor, CancellationToken ct)
    {
        var draft = await DraftAsync(templateId, answers, actor, ct);
        return draft.IsSuccess ? new TemplatePreview(documents.Pdf(draft.Value), documents.Pages(draft.Value, 5)) : draft.Error;
    }

    async Task<Result<Document>> DraftAsync(Guid templateId, IReadOnlyDictionary<string, string[]> answers, Actor actor, CancellationToken ct)
    {
        var template = await db.Set<ContractTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == templateId, ct);
        if (template is null || !(await types.GetAsync(template.RequestTypeId, actor, ct)).IsSuccess) return TemplateNotFound;
        var offered = await OfferedByAsync(template.RequestTypeId, actor, ct);
        if (!offered.IsSuccess) return offered.Error.Kind == ErrorKind.Conflict ? TemplateNotFound : offered.Error;
        var version = offered.Value.Version;
        var form = FormValidator.Validate(version.Fields, answers, actor.Language);
        if (!form.IsSuccess) return form.Error;
        return rendering.Render(version.Text, TemplateRendering.Answers(version.Fields, form.Value.Values), actor.Language, version.Name.In(actor.Language));
    }
}

public sealed record TemplatePreview(byte[] Pdf, IReadOnlyList<byte[]> Pages);
