using MimeKit;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Notifications;

// Writes each email as <Storage:Root>/mail/<time>-<id>.eml: a person reads them with any mail client.
public sealed class PickupTransport(StorageOptions storage) : IMailTransport, IMailSession
{
    public IMailSession Open() => this;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public string Folder => storage.PathFor("mail");

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        // Written under a temporary name first, so a reader never sees half a message.
        var temporary = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
    }
}
