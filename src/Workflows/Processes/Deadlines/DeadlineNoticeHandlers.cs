using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Effects;
using WorkflowPortal.Workflows.Processes.Subjects;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Processes.Deadlines;

// A deadline came due: the parties it names hear the deadline's reason, each in their language,
// with the status they know (the client-facing label on the client's side).
public sealed class DeadlineReminderHandler(SubjectParties parties, Notifier notifier) : EffectHandler<DeadlineReminder>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override async Task<Result<Done>> RunAsync(EffectContext context, DeadlineReminder effect, CancellationToken ct)
    {
        var audience = await parties.AudienceAsync(context.Subject, effect.Parties, ct);
        await notifier.StageManyAsync(DeadlineNotices.For(context, audience, NotificationTypes.DeadlineReminder, effect.Comment,
            ("Reminder", "تذكير")), ct);
        return Done.Value;
    }
}

// A deadline passed and the matter goes up: to the parties named, and to the people named by
// email address. An address is only ever a person of the portal's staff (active legal team or
// administrator): confidential details never go to an address nobody vetted. When the address
// matches nobody, the administrators hear of the escalation instead, told whom it was meant for.
public sealed class DeadlineEscalationHandler(PortalDb db, SubjectParties parties, Notifier notifier) : EffectHandler<DeadlineEscalation>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => SubjectKinds.All;

    protected override async Task<Result<Done>> RunAsync(EffectContext context, DeadlineEscalation effect, CancellationToken ct)
    {
        var named = effect.Parties.Where(p => !p.Contains('@', StringComparison.Ordinal));
        var audience = new Dictionary<Guid, bool>(await parties.AudienceAsync(context.Subject, named, ct));

        var addresses = effect.Parties.Where(p => p.Contains('@', StringComparison.Ordinal)).Select(a => a.Trim().ToUpperInvariant()).ToList();
        if (addresses.Count > 0)
        {
            var people = await db.Users.AsNoTracking()
                .Where(u => addresses.Contains(u.NormalizedEmail!) && u.Status == PortalUserStatus.Active)
                .Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync(ct);
            var staff = new List<Guid>();
            foreach (var person in people)
            {
                if (await parties.IsStaffAsync(person.Id, ct)) staff.Add(person.Id);
            }
            foreach (var id in staff) audience.TryAdd(id, false);
            var found = people.Where(p => staff.Contains(p.Id)).Select(p => p.NormalizedEmail).ToHashSet();
            var unknown = effect.Parties.Where(p => p.Contains('@', StringComparison.Ordinal) && !found.Contains(p.Trim().ToUpperInvariant())).ToList();
            if (unknown.Count > 0)
            {
                var admins = await parties.AdminsAsync(ct);
                var list = string.Join(", ", unknown);
                await notifier.StageManyAsync([.. admins.Select(a => new NotificationRequest(a.Id, NotificationTypes.DeadlineEscalated,
                    BilingualText.Isolated($"{context.Subject.Reference}: escalation not delivered", $"{context.Subject.Reference}: لم يُسلَّم التصعيد"),
                    BilingualText.Isolated($"The workflow escalates \"{context.Subject.Title}\" to {list}, but no active member of the legal team has that address.",
                        $"يصعّد سير العمل «{context.Subject.Title}» إلى {list}، لكن لا يوجد عضو نشط في الفريق القانوني بهذا العنوان."),
                    context.Subject.TeamLink))], ct);
            }
        }
        await notifier.StageManyAsync(DeadlineNotices.For(context, audience, NotificationTypes.DeadlineEscalated, effect.Comment,
            ("Escalated", "تصعيد")), ct);
        return Done.Value;
    }
}

static class DeadlineNotices
{
    public static List<NotificationRequest> For(EffectContext context, IReadOnlyDictionary<Guid, bool> audience, string type,
        LocalizedText reason, (string En, string Ar) what)
    {
        var subject = context.Subject;
        var state = context.State;
        return [.. audience.Select(r =>
        {
            var label = r.Value ? state.ClientLabel ?? state.Label! : state.Label!;
            return new NotificationRequest(r.Key, type,
                BilingualText.Isolated($"{Bidi.Raw(what.En)}: {subject.Reference} ({Bidi.Raw(label.In("en"))})", $"{Bidi.Raw(what.Ar)}: {subject.Reference} ({Bidi.Raw(label.In("ar"))})"),
                BilingualText.Isolated($"\"{subject.Title}\": {Bidi.Raw(reason.In("en"))}", $"«{subject.Title}»: {Bidi.Raw(reason.In("ar"))}"),
                r.Value ? subject.PortalLink : subject.TeamLink);
        })];
    }
}
