using System.Globalization;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Contracts.Templates;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Contracts;

// A submitted contract request becomes a contract with its own workflow instance. Files sent
// with it become version 1 (upload for review); a template's answers are rendered into version 1
// (PDF and DOCX); a plain request waits for the legal team's first draft.
public sealed class ContractIntake(PortalDb db, WorkflowRunner runner, WorkflowSteps steps, ContractFiling filing, ContractDocuments documents,
    ContractTemplates templates, TemplateRendering rendering, Intake.References.ReferenceNumbers references, MatterNotices notices, TimeProvider clock,
    Assignment.LawyerAssignment assignment)
{
    public static bool Handles(RequestKind kind) =>
        kind is RequestKind.ContractRequest or RequestKind.ContractReview or RequestKind.ContractFromTemplate;

    // The form a submission is validated against: a template's published questionnaire, else the type's own fields.
    public async Task<Result<IReadOnlyList<FieldDefinition>>> QuestionnaireAsync(RequestType type, Actor actor, CancellationToken ct)
    {
        if (type.Creates != RequestKind.ContractFromTemplate) return Result<IReadOnlyList<FieldDefinition>>.From(type.Fields);
        var offered = await templates.OfferedByAsync(type.Id, actor, ct);
        return offered.IsSuccess ? Result<IReadOnlyList<FieldDefinition>>.From(offered.Value.Version.Fields) : offered.Error;
    }

    public async Task<Result<Submitted>> CreateAsync(RequestType type, SubmittedForm form, IReadOnlyList<MatterAttachment> uploaded,
        Actor actor, CancellationToken ct)
    {
        ContractTemplate? template = null;
        ContractTemplateVersion? version = null;
        if (type.Creates == RequestKind.ContractFromTemplate)
        {
            var offered = await templates.OfferedByAsync(type.Id, actor, ct);
            if (!offered.IsSuccess) return offered.Error;
            (template, version) = offered.Value;
        }

        var id = Guid.NewGuid();
        var started = await runner.StartAsync(db, type.WorkflowKey, new WorkflowSubject("Contract", id.ToString()),
            actor.ToEngine(isRequester: true, isAssignedLawyer: false), ct, form.ToInstanceData());
        if (!started.IsSuccess) return started.Error.ToError();

        var now = clock.GetUtcNow();
        var title = Text(form, "subject", "title") ?? version?.Name.In(actor.Language) ?? type.Name.In(actor.Language);
        var reference = await references.NextAsync(type.Creates, now, ct);
        var contract = new Contract(id, reference, type, template?.ContractTypeId, actor.UserId, actor.ClientId, title, form, started.Value.Instance.Id, now);
        contract.Describe(Particulars(form, title, template?.ContractTypeId), now);
        db.Add(contract);

        if (uploaded.Count > 0)
        {
            var files = uploaded.Select(a => new ContractFile(a.FileName, new StoredFile(a.StoredName, a.Size, a.Sha256, a.Kind))).ToList();
            await filing.RecordAsync(contract, VersionOrigin.Uploaded, null, files, actor, ct);
        }
        if (template is not null && version is not null)
        {
            contract.GeneratedFrom(template.Id, version.Number, actor.Language);
            var draft = rendering.Render(version.Text, TemplateRendering.Answers(version.Fields, form.Values), actor.Language, title);
            if (!draft.IsSuccess) return draft.Error;
            var generated = await filing.AddAsync(contract, VersionOrigin.Generated, null,
                [(documents.Pdf(draft.Value), $"{reference}.pdf", FileRole.Document), (ContractDocuments.Docx(draft.Value), $"{reference}.docx", FileRole.Document)],
                [], actor, ct);
            if (!generated.IsSuccess) return generated.Error;
        }

        await assignment.ApplyAsync(type, contract, started.Value.Instance, ct);
        var followed = await steps.FollowAsync(contract, started.Value.Instance, started.Value.Effects, actor, null, ct);
        if (!followed.IsSuccess) return followed.Error;
        var link = $"/contracts/{id}";
        await notices.SubmittedAsync(new Submission(reference, title, contract.Fields, link, link), type, actor, ct);
        var saved = await runner.SaveAsync(db, ct);
        if (!saved.IsSuccess) return saved.Error.ToError();
        return new Submitted(id, type.Creates, reference);
    }

    // What the form says about the contract, by the field names the demo and most forms use.
    static ContractParticulars Particulars(SubmittedForm form, string title, Guid? contractTypeId)
    {
        var counterparty = Text(form, "counterparty", "counterpartyName", "party");
        var parties = counterparty is null ? new List<ContractParty>() : [new ContractParty(counterparty, "Counterparty", null)];
        return new ContractParticulars(title, contractTypeId, parties, Number(Text(form, "value", "contractValue", "fee")),
            Text(form, "currency")?.ToUpperInvariant() is { Length: 3 } currency ? currency : null,
            Date(Text(form, "startDate", "start")), Date(Text(form, "endDate", "end")), Date(Text(form, "renewalDate")));
    }

    static string? Text(SubmittedForm form, params string[] keys) =>
        keys.Select(k => form[k]?.Values.FirstOrDefault()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
