using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Contracts;

// Templates as the portal offers them: the questionnaire, and a PDF preview of the answers
// before the request is submitted (nothing is stored by a preview).
public sealed class ContractTemplates(PortalDb db, RequestTypes types, ContractDocuments documents)
{
    static readonly Error TemplateNotFound = Error.NotFound("The contract template");

    public async Task<IReadOnlyList<TemplateView>> ListAsync(Actor actor, CancellationToken ct)
    {
        var templates = await db.Set<ContractTemplate>().AsNoTracking().ToListAsync(ct);
        var views = new List<TemplateView>();
        foreach (var template in templates)
        {
            var type = await db.Set<RequestType>().AsNoTracking().FirstAsync(t => t.Id == template.RequestTypeId, ct);
            if (actor.IsLegalTeam || type.IsVisibleTo(actor.ClientId, actor.DepartmentId))
                views.Add(new TemplateView(template.Id, type.Id, template.Name, type.Fields));
        }
        return views;
    }

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
        var type = await db.Set<RequestType>().AsNoTracking().FirstAsync(t => t.Id == template.RequestTypeId, ct);
        var form = FormValidator.Validate(type.Fields, answers, actor.Language);
        if (!form.IsSuccess) return form.Error;
        return documents.Draft(template, type.Fields, form.Value.Values, actor.Language, template.Name.In(actor.Language));
    }
}

public sealed record TemplatePreview(byte[] Pdf, IReadOnlyList<byte[]> Pages);
