using System.Security.Cryptography;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Files;

// Files under <Storage:Root>/attachments, named by a generated id: nothing from the uploader's
// input ever becomes part of a path. New files wait in attachments/incoming until their row is
// committed. Several instances share the folder when it is on shared storage.
public sealed class LocalAttachmentStore(StorageOptions storage) : IAttachmentStore
{
    string Folder => storage.PathFor("attachments");
    string Incoming => Path.Combine(Folder, "incoming");

    public async Task<Result<StoredFile>> SaveAsync(Stream content, string fileName, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Incoming);
        var storedName = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Incoming, storedName);
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

    public Task PromoteAsync(string storedName, CancellationToken ct)
    {
        if (!IsOurs(storedName)) return Task.CompletedTask;
        var quarantined = Path.Combine(Incoming, storedName);
        if (File.Exists(quarantined)) File.Move(quarantined, Path.Combine(Folder, storedName), overwrite: true);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> QuarantinedBeforeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        IReadOnlyList<string> names = Directory.Exists(Incoming)
            ? [.. new DirectoryInfo(Incoming).EnumerateFiles().Where(f => f.LastWriteTimeUtc < cutoff.UtcDateTime && IsOurs(f.Name)).Select(f => f.Name)]
            : [];
        return Task.FromResult(names);
    }

    public Task<Stream?> OpenAsync(string storedName, CancellationToken ct)
    {
        if (!IsOurs(storedName)) return Task.FromResult<Stream?>(null);
        var path = new[] { Path.Combine(Folder, storedName), Path.Combine(Incoming, storedName) }.FirstOrDefault(File.Exists);
        return Task.FromResult<Stream?>(path is null
            ? null
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public Task DeleteAsync(string storedName, CancellationToken ct)
    {
        if (!IsOurs(storedName)) return Task.CompletedTask;
        File.Delete(Path.Combine(Folder, storedName));
        File.Delete(Path.Combine(Incoming, storedName));
        return Task.CompletedTask;
    }

    // Stored names are ours (32 hex digits); anything else cannot name a file here.
    static bool IsOurs(string storedName) => storedName.Length == 32 && storedName.All(char.IsAsciiHexDigit);
}
