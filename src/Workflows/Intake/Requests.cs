using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Runtime;
using Actor = WorkflowPortal.Workflows.Access.Actor;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;

namespace WorkflowPortal.Workflows.Intake;

public sealed record Submitted(Guid Id, RequestKind Kind, string Reference);

// A client submits a request type's form: in one transaction the matter (or, for the contract
// kinds, the contract), its workflow instance (on the version published now) and its files are recorded.
public sealed class Requests(PortalDb db, RequestTypes types, MatterFiles files, ContractIntake contracts, WorkflowRunner runner,
    WorkflowSteps steps, MatterNotices notices, References.ReferenceNumbers references, Access.WriteLimits limits, TimeProvider clock,
    Engine.Deadlines.IWorkingCalendarSource calendar, WorkflowOptions options, Assignment.LawyerAssignment assignment)
{
    public async Task<Result<Submitted>> SubmitAsync(Guid requestTypeId, IReadOnlyDictionary<string, string[]> fields,
        IReadOnlyDictionary<string, IReadOnlyList<Upload>> uploads, Actor actor, CancellationToken ct)
    {
        if (limits.Spend(actor) is { } tooMany) return tooMany;
        var found = await types.GetAsync(requestTypeId, actor, ct);
        if (!found.IsSuccess) return found.Error;
        var type = await db.Set<RequestType>().FirstAsync(t => t.Id == requestTypeId, ct);
        if (!type.IsActive) return Error.NotFound("The request type");

        var questionnaire = await contracts.QuestionnaireAsync(type, actor, ct);
        if (!questionnaire.IsSuccess) return questionnaire.Error;
        var unknownFileField = uploads.Keys.FirstOrDefault(k => questionnaire.Value.All(f => f.Key != k || f.Type != FieldType.Files));
        if (unknownFileField is not null)
            return Error.Invalid(unknownFileField, $"This form has no file field named {unknownFileField}.");

        // Files are stored first (by content check) so that the form sees their ids like any value.
        var stored = new List<MatterAttachment>();
        var input = new Dictionary<string, string[]>(fields);
        foreach (var (key, list) in uploads)
        {
            var saved = await files.StoreAsync(list, null, null, visibleToClient: true, actor, ct);
            if (!saved.IsSuccess)
            {
                await files.ForgetAsync(stored, ct);
                return Error.Invalid(key, saved.Error.Message);
            }
            stored.AddRange(saved.Value);
            input[key] = [.. (input.GetValueOrDefault(key) ?? []), .. saved.Value.Select(a => a.Id.ToString())];
        }

        var form = FormValidator.Validate(questionnaire.Value, input, actor.Language);
        if (!form.IsSuccess)
        {
            await files.ForgetAsync(stored, ct);
            return form.Error;
        }
        if (form.Value.FileIds.Except(stored.Select(a => a.Id)).Any())
        {
            await files.ForgetAsync(stored, ct);
            return Error.Invalid("fields", "Send files with the request itself (multipart), not as ids.");
        }

        var result = ContractIntake.Handles(type.Creates)
            ? await contracts.CreateAsync(type, form.Value, stored, actor, ct)
            : await CreateAsync(type, form.Value, stored, actor, ct);
        if (!result.IsSuccess) await files.ForgetAsync(stored, ct);
        return result;
    }

    async Task<Result<Submitted>> CreateAsync(RequestType type, SubmittedForm form, List<MatterAttachment> stored, Actor actor, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        var started = await runner.StartAsync(db, type.WorkflowKey, new WorkflowSubject("Matter", id.ToString()),
            actor.ToEngine(isRequester: true, isAssignedLawyer: false), ct, form.ToInstanceData());
        if (!started.IsSuccess) return started.Error.ToError();

        var now = clock.GetUtcNow();
        var title = form["subject"]?.Values.FirstOrDefault() ?? type.Name.In(actor.Language);
        var reference = await references.NextAsync(type.Creates, now, ct);
        var matter = new Matter(id, reference, type, actor.UserId, actor.ClientId, actor.DepartmentId,
            title, form, started.Value.Instance.Id, fromPortal: actor.IsPortalUser, now,
            ResponseClock.Start(now, type.FirstResponseHours, calendar.Current, options.FirstResponseWarnShare));
        db.Add(matter);
        await assignment.ApplyAsync(type, matter, started.Value.Instance, ct);
        var followed = await steps.FollowAsync(matter, started.Value.Instance, started.Value.Effects, actor, null, ct);
        if (!followed.IsSuccess) return followed.Error;
        foreach (var attachment in stored) attachment.AttachTo(id);
        db.AddRange(stored);
        await notices.SubmittedAsync(matter, type, actor, ct);

        var saved = await runner.SaveAsync(db, ct);
        if (!saved.IsSuccess) return saved.Error.ToError();
        return new Submitted(id, matter.Creates, matter.Reference);
    }
}
