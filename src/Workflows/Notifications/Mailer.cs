using Microsoft.Extensions.Logging;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Stages an email in the outbox of the current unit of work. Nothing is sent here: the caller's
// SaveChanges commits the email with the change that caused it, and the dispatcher sends it.
public sealed class Mailer(PortalDb db, EmailTemplates templates, TimeProvider clock, ILogger<Mailer> logger)
{
    public OutboxMessage Stage(PortalUser to, string template, IReadOnlyDictionary<string, string> values, string? actionUrl)
    {
        var all = new Dictionary<string, string>(values) { ["name"] = to.DisplayName };
        var email = templates.Render(template, to.Language, all, actionUrl);
        var message = OutboxMessage.Compose(to.Email!, to.DisplayName, to.Language, email, clock.GetUtcNow());
        db.Add(message);
        // The id only: addresses and links (which carry tokens) stay out of the logs.
        logger.LogInformation("Queued email {Template} as {MessageId} for user {UserId}", template, message.Id, to.Id);
        return message;
    }
}
