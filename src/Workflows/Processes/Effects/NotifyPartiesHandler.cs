using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Processes.Effects;

// `notify`: the parties a transition names hear of the new status, in their language, the same
// people on every subject kind (SubjectParties), staged in one batch.
public sealed class NotifyPartiesHandler(SubjectParties parties, Notifier notifier) : EffectHandler<NotifyParties>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override async Task<Result<Done>> RunAsync(EffectContext context, NotifyParties effect, CancellationToken ct)
    {
        var subject = context.Subject;
        var recipients = new Dictionary<Guid, bool>(await parties.AudienceAsync(subject, effect.Parties, ct));
        recipients.Remove(context.Actor.UserId);

        var state = context.State;
        var actor = context.Actor.DisplayName;
        var body = context.Actor.IsSystem
            ? BilingualText.Isolated($"\"{subject.Title}\" moved on automatically: a deadline passed.", $"انتقل «{subject.Title}» تلقائيًا: حلّ موعد.")
            : BilingualText.Isolated($"{actor} updated \"{subject.Title}\".", $"حدّث {actor} «{subject.Title}».");
        var requests = recipients.Select(r =>
        {
            var label = r.Value ? state.ClientLabel ?? state.Label! : state.Label!;
            return new NotificationRequest(r.Key, NotificationTypes.RequestUpdated,
                BilingualText.Isolated($"{subject.Reference}: {Bidi.Raw(label.In("en"))}", $"{subject.Reference}: {Bidi.Raw(label.In("ar"))}"), body,
                r.Value ? subject.PortalLink : subject.TeamLink);
        }).ToList();
        await notifier.StageManyAsync(requests, ct);
        return Done.Value;
    }
}
