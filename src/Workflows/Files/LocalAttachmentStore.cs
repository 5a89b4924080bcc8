using System.Security.Cryptography;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Files;

// Files under <Storage:Root>/attachments, named by a generated id: nothing from the uploader's
// input ever becomes part of a path.
public sealed class LocalAttachmentStore(StorageOptions storage) : IAttachmentStore
{
    string Folder => storage.PathFor("attachments");

    public async Task<Result<StoredFile>> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var storedName = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder, storedName);
        var keep = false;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                    return Error.Invalid("file", $"The file is larger than the {maxBytes / (1024 * 1024)} MB limit.");
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            if (size == 0) return Error.Invalid("file", "The file is empty.");

            file.Position = 0;
            var head = new byte[FileSniffer.HeaderLength];
            var headLength = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            var kind = FileSniffer.Refine(FileSniffer.FromHeader(head.AsSpan(0, headLength)), file);
            if (kind == FileKind.Unknown || !kind.NameFits(fileName))
                return Error.Invalid("file", "This type of file is not accepted. Send a PDF, Word, Excel, PowerPoint, image or text file whose name matches its content.");

            keep = true;
            return new StoredFile(storedName, size, Convert.ToHexStringLower(hash.GetHashAndReset()), kind);
        }
        finally
        {
            if (!keep && File.Exists(path)) File.Delete(path);
        }
    }

    public Task<Stream?> OpenAsync(string storedName, CancellationToken ct)
    {
        // Stored names are ours (32 hex digits); anything else cannot name a file here.
        if (storedName.Length != 32 || !storedName.All(char.IsAsciiHexDigit)) return Task.FromResult<Stream?>(null);
        var path = Path.Combine(Folder, storedName);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string storedName, CancellationToken ct)
    {
        if (storedName.Length == 32 && storedName.All(char.IsAsciiHexDigit))
            File.Delete(Path.Combine(Folder, storedName));
        return Task.CompletedTask;
    }
}
