using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// The people whose turn has just come on an approval or a signature.
public sealed class NotifyAssigneesHandler(SubjectParties parties, Notifier notifier) : EffectHandler<NotifyAssignees>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override async Task<Result<Done>> RunAsync(EffectContext context, NotifyAssignees effect, CancellationToken ct)
    {
        var subject = context.Subject;
        var approval = context.State.Kind == StateKind.Approval;
        var requests = new List<NotificationRequest>();
        foreach (var person in effect.People)
        {
            if (!Guid.TryParse(person.UserId, out var userId)) continue;
            requests.Add(new NotificationRequest(userId,
                approval ? NotificationTypes.ApprovalRequested : NotificationTypes.SignatureRequested,
                approval ? new("Your approval is requested", "مطلوب اعتمادك") : new("Your signature is requested", "مطلوب توقيعك"),
                new(subject.Title, subject.Title),
                await parties.IsStaffAsync(userId, ct) ? subject.TeamLink : subject.PortalLink));
        }
        await notifier.StageManyAsync(requests, ct);
        return Done.Value;
    }
}
