using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Operations;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Matters;

// Comments, files, hearings, people and dates of one matter. Each call goes through the use case,
// which answers 404 for a matter the caller may not see.
internal static class MatterRecordEndpoints
{
    public static void MapMatterRecords(this RouteGroupBuilder matters)
    {
        matters.MapGet("/{id:guid}/comments", async (Guid id, string? cursor, int? limit, HttpContext http, MatterComments comments, CancellationToken ct) =>
            (await comments.ListAsync(id, http.Actor(), cursor, limit, ct)).OkOrProblem())
            .WithSummary("The conversation, newest first, by page (?limit=&cursor=, keyset): items and nextCursor.");
        matters.MapPost("/{id:guid}/comments", AddComment).DisableAntiforgery()
            .Accepts<CommentForm>("multipart/form-data", "application/json").WithSummary("Comment: JSON {body, internal, development}, or multipart (body, internal, development, files) with files.");

        matters.MapGet("/{id:guid}/attachments", async (Guid id, HttpContext http, MatterFiles files, CancellationToken ct) =>
            (await files.ListAsync(id, http.Actor(), ct)).OkOrProblem());
        matters.MapPost("/{id:guid}/attachments", Upload).DisableAntiforgery()
            .WithMetadata(new RequestBodyDoc(null, ["visibleToClient"], ["file"]))
            .WithSummary("Upload one file (multipart: file, visibleToClient).");
        matters.MapGet("/attachments/{attachmentId:guid}/content", DownloadAsync).WithSummary("Download a file.");
        matters.MapPatch("/attachments/{attachmentId:guid}", async (Guid attachmentId, VisibilityBody body, HttpContext http, MatterFiles files, CancellationToken ct) =>
            (await files.SetVisibilityAsync(attachmentId, body.VisibleToClient ?? false, http.Actor(), ct)).OkOrProblem());

        matters.MapGet("/{id:guid}/hearings", async (Guid id, HttpContext http, MatterHearings hearings, CancellationToken ct) =>
            (await hearings.ListAsync(id, http.Actor(), ct)).OkOrProblem());
        matters.MapPost("/{id:guid}/hearings", async (Guid id, HearingBody body, HttpContext http, MatterHearings hearings, CancellationToken ct) =>
            (await hearings.AddAsync(id, body.ToDetails(), http.Actor(), ct)).CreatedOrProblem(h => $"/api/v1/matters/{id}/hearings/{h.Id}"));
        matters.MapPut("/{id:guid}/hearings/{hearingId:guid}", async (Guid id, Guid hearingId, HearingBody body, HttpContext http, MatterHearings hearings, CancellationToken ct) =>
            (await hearings.UpdateAsync(id, hearingId, body.ToDetails(), http.Actor(), ct)).OkOrProblem());

        matters.MapGet("/{id:guid}/people", async (Guid id, HttpContext http, MatterParticulars particulars, CancellationToken ct) =>
            (await particulars.PeopleAsync(id, http.Actor(), ct)).OkOrProblem());
        matters.MapPost("/{id:guid}/people", async (Guid id, PersonBody body, HttpContext http, MatterParticulars particulars, CancellationToken ct) =>
            (await particulars.AddPersonAsync(id, body.Name, body.Role, body.Contact, http.Actor(), ct)).CreatedOrProblem(p => $"/api/v1/matters/{id}/people/{p.Id}"));

        matters.MapGet("/{id:guid}/dates", async (Guid id, HttpContext http, MatterParticulars particulars, CancellationToken ct) =>
            (await particulars.DatesAsync(id, http.Actor(), ct)).OkOrProblem());
        matters.MapPost("/{id:guid}/dates", async (Guid id, KeyDateBody body, HttpContext http, MatterParticulars particulars, CancellationToken ct) =>
            (await particulars.AddDateAsync(id, body.Title, body.Date, body.VisibleToClient ?? false, http.Actor(), ct)).CreatedOrProblem(d => $"/api/v1/matters/{id}/dates/{d.Id}"));

        matters.MapPost("/{id:guid}/feedback", async (Guid id, FeedbackBody body, HttpContext http, MatterFeedback feedback, CancellationToken ct) =>
            (await feedback.RateAsync(id, body.Rating, body.Remark, http.Actor(), ct)).NoContentOrProblem());
    }

    public sealed record CommentForm(string? Body, bool? Internal, bool? Development, IFormFileCollection? Files);

    public sealed record CommentBody(string? Body, bool? Internal, bool? Development);

    static async Task<Results<Created<CommentView>, ProblemHttpResult>> AddComment(
        Guid id, HttpRequest request, HttpContext http, MatterComments comments, CancellationToken ct)
    {
        // A comment without files may come as JSON.
        if (request.HasJsonContentType())
        {
            CommentBody? body;
            try
            {
                body = await request.ReadFromJsonAsync<CommentBody>(ct);
            }
            catch (System.Text.Json.JsonException)
            {
                return Error.Invalid("body", "The body is not valid JSON for this endpoint.").ToProblem();
            }
            return (await comments.AddAsync(id, body?.Body, body?.Internal ?? false, body?.Development ?? false, [], http.Actor(), ct))
                .CreatedOrProblem(c => $"/api/v1/matters/{id}/comments/{c.Id}");
        }
        var form = await FormReader.ReadAsync(request, ct);
        if (!form.IsSuccess) return form.Error.ToProblem();
        var (fields, uploads) = form.Value;
        try
        {
            return (await comments.AddAsync(id, fields.Text("body"), fields.Flag("internal"), fields.Flag("development"), uploads, http.Actor(), ct))
                .CreatedOrProblem(c => $"/api/v1/matters/{id}/comments/{c.Id}");
        }
        finally
        {
            foreach (var upload in uploads) await upload.Content.DisposeAsync();
        }
    }

    static async Task<Results<Created<AttachmentView>, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, HttpContext http, MatterFiles files, CancellationToken ct)
    {
        var form = await FormReader.ReadAsync(request, ct);
        if (!form.IsSuccess) return form.Error.ToProblem();
        var (fields, uploads) = form.Value;
        try
        {
            if (uploads.Count != 1) return Error.Invalid("file", "Send exactly one file.").ToProblem();
            return (await files.UploadAsync(id, uploads[0], fields.Flag("visibleToClient"), http.Actor(), ct))
                .CreatedOrProblem(a => $"/api/v1/matters/attachments/{a.Id}/content");
        }
        finally
        {
            foreach (var upload in uploads) await upload.Content.DisposeAsync();
        }
    }

    static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid attachmentId, HttpContext http, MatterFiles files, CancellationToken ct)
    {
        var result = await files.OpenAsync(attachmentId, http.Actor(), ct);
        if (!result.IsSuccess) return result.Error.ToProblem();
        // Always a download, never rendered inline: an uploaded file must not run in our origin.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }
}
