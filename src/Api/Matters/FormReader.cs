using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Matters;

public sealed record FormFields(IFormCollection Form)
{
    public string? Text(string name) => Form.TryGetValue(name, out var v) ? Security.CleanText.Clean(v.ToString()) : null;

    public bool Flag(string name) => Text(name) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "on" || v == "1");
}

// Reads a multipart (or url-encoded) form; a JSON body is accepted too for text-only calls.
internal static class FormReader
{
    public static async Task<Result<(FormFields Fields, IReadOnlyList<Upload> Uploads)>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Error.Invalid("body", "Send multipart/form-data (fields and files).");
        try
        {
            var form = await request.ReadFormAsync(ct);
            var uploads = form.Files.Select(f => new Upload(f.FileName, f.OpenReadStream())).ToList();
            return (new FormFields(form), uploads);
        }
        catch (InvalidDataException e)
        {
            return Error.Invalid("body", $"The form could not be read: {e.Message}");
        }
        catch (IOException) when (!ct.IsCancellationRequested)
        {
            // A multipart body cut short or with a broken boundary.
            return Error.Invalid("body", "The form could not be read: the multipart body is incomplete or malformed.");
        }
    }
}
