using System.Text;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Texts;
using Actor = WorkflowPortal.Workflows.Access.Actor;
using Text = WorkflowPortal.Workflows.Notifications.BilingualText;

namespace WorkflowPortal.Workflows.Matters;

// Who hears about what happens on a matter. Everything is staged into the caller's unit of work,
// so a notification exists exactly when the change that caused it was saved.
public sealed class MatterNotices(SubjectParties parties, Notifier notifier)
{
    public Task SubmittedAsync(Matter matter, RequestType type, Actor requester, CancellationToken ct) =>
        SubmittedAsync(new Submission(matter.Reference, matter.Title, matter.Fields, TeamLink(matter), PortalLink(matter)), type, requester, ct);

    // Every submission, a matter's or a contract's, reaches the legal team and confirms to the requester.
    public async Task SubmittedAsync(Submission submission, RequestType type, Actor requester, CancellationToken ct)
    {
        var title = Text.Isolated($"New request {submission.Reference}: {submission.Title}", $"طلب جديد {submission.Reference}: {submission.Title}");
        var body = Text.Isolated($"{requester.DisplayName} submitted \"{type.Name.En}\" from the portal.",
            $"قدّم {requester.DisplayName} «{type.Name.Ar}» من البوابة.");
        var requests = (await parties.LegalTeamAsync(ct))
            .Select(member => new NotificationRequest(member.Id, NotificationTypes.RequestUpdated, title, body, submission.TeamLink)).ToList();

        // The requester's confirmation carries what they sent, so they keep a record of it.
        var details = Details(type, submission.Fields);
        requests.Add(new NotificationRequest(requester.UserId, NotificationTypes.RequestUpdated,
            Text.Isolated($"We received your request {submission.Reference}", $"استلمنا طلبك {submission.Reference}"),
            Isolated($"\"{type.Name.En}\" was submitted to the legal team.", $"تم تقديم «{type.Name.Ar}» إلى الفريق القانوني.", details),
            submission.PortalLink));
        await notifier.StageManyAsync(requests, ct);
    }

    public async Task CommentAddedAsync(Matter matter, MatterComment comment, Actor author, CancellationToken ct)
    {
        if (comment.IsInternal) return; // internal notes stay inside the legal team, unannounced
        var title = Text.Isolated($"New comment on {matter.Reference}", $"تعليق جديد على {matter.Reference}");
        var body = Text.Isolated($"{author.DisplayName}: {Excerpt(comment.Body)}", $"{author.DisplayName}: {Excerpt(comment.Body)}");
        if (author.IsLegalTeam)
            await StageAsync(matter.RequesterId, NotificationTypes.CommentAdded, title, body, PortalLink(matter), ct);
        else
            await notifier.StageManyAsync([.. (await parties.ResponsibleAsync(matter, ct))
                .Select(member => new NotificationRequest(member.Id, NotificationTypes.CommentAdded, title, body, TeamLink(matter)))], ct);
    }

    Task StageAsync(Guid recipient, string type, Text title, Text body, string link, CancellationToken ct) =>
        notifier.StageAsync(new NotificationRequest(recipient, type, title, body, link), ct);

    static (string En, string Ar) Details(RequestType type, IReadOnlyList<SubmittedValue> fields)
    {
        var en = new StringBuilder();
        var ar = new StringBuilder();
        foreach (var value in fields.Where(v => v.Type != FieldType.Files))
        {
            var field = type.Fields.FirstOrDefault(f => f.Key == value.Key);
            var label = field?.Label ?? new Intake.BilingualText(value.Key, value.Key);
            // Choices read as their labels, yes/no as words, not their stored values.
            string Shown(string v, string language) => value.Type == FieldType.YesNo ? YesNo(v == "true", language)
                : field?.Options.FirstOrDefault(o => o.Value == v)?.Label.In(language) ?? v;
            // One line per field; the answer isolated (a Latin name or reference inside an Arabic line).
            en.Append($"\n{label.En}: {Bidi.Isolate(string.Join(", ", value.Values.Select(v => Shown(v, "en"))))}");
            ar.Append($"\n{label.Ar}: {Bidi.Isolate(string.Join("، ", value.Values.Select(v => Shown(v, "ar"))))}");
        }
        return (en.ToString(), ar.ToString());
    }

    // A sentence followed by the submitted fields, one per line (already isolated per value).
    static Text Isolated(FormattableString en, FormattableString ar, (string En, string Ar) details) =>
        new(Bidi.Text(en) + details.En, Bidi.Text(ar) + details.Ar);

    static string YesNo(bool yes, string language) => language == "ar" ? (yes ? "نعم" : "لا") : (yes ? "Yes" : "No");

    static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";

    static string PortalLink(Matter matter) => $"/portal/matters/{matter.Id}";

    static string TeamLink(Matter matter) => $"/team/matters/{matter.Id}";
}

// What the legal team and the requester hear about a new submission, whatever it became.
public sealed record Submission(string Reference, string Title, IReadOnlyList<SubmittedValue> Fields, string TeamLink, string PortalLink);
