namespace WorkflowPortal.Workflows.Notifications;

// Where composed emails go: an SMTP server, or the pickup folder. A session carries one batch,
// so a batch of twenty emails costs one SMTP connection, not twenty.
public interface IMailTransport
{
    IMailSession Open();
}
