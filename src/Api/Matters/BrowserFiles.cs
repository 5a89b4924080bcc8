using Microsoft.AspNetCore.Components.Forms;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Matters;

// Files picked in the browser, copied into memory so that the use case can check and store them
// after the picker's streams are gone. The size limit is checked before anything is read.
internal static class BrowserFiles
{
    public static bool TooLarge(IEnumerable<IBrowserFile> files, long maxBytes) => files.Any(f => f.Size > maxBytes);

    public static async Task<List<Upload>> ReadAsync(IEnumerable<IBrowserFile> files, long maxBytes, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        foreach (var file in files)
        {
            var memory = new MemoryStream();
            await using (var stream = file.OpenReadStream(maxBytes, ct))
                await stream.CopyToAsync(memory, ct);
            memory.Position = 0;
            uploads.Add(new Upload(file.Name, memory));
        }
        return uploads;
    }
}
