using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Workflows.Files;

namespace WorkflowPortal.Api.Tests.Reliability;

// Files wait in quarantine until the row that names them is committed: never a file without a row.
public sealed class AttachmentQuarantineTests
{
    [Fact]
    public async Task A_commit_failure_after_upload_leaves_no_file_and_a_committed_upload_is_promoted_and_readable()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = await app.SignedInAsync("client@demo.portal");
        var created = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created);
        var matter = created.GetProperty("id").GetGuid();
        var before = FilesUnder(app, "attachments");

        // The database refuses the row after the file has been written: the commit throws.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_attachments BEFORE INSERT ON MatterAttachments BEGIN SELECT RAISE(ABORT, 'disk full'); END;"));
        var refused = await client.PostAsync($"/api/v1/matters/{matter}/attachments", Pdf("refused"));
        Assert.False(refused.IsSuccessStatusCode);
        Assert.Equal(before, FilesUnder(app, "attachments"));

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_attachments;"));
        var accepted = await (await client.PostAsync($"/api/v1/matters/{matter}/attachments", Pdf("kept"))).JsonAsync(HttpStatusCode.Created);
        Assert.Empty(FilesUnder(app, Path.Combine("attachments", "incoming")));
        var download = await client.GetAsync($"/api/v1/matters/attachments/{accepted.GetProperty("id").GetGuid()}/content");
        Assert.Contains("kept", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sweeper_deletes_a_quarantined_file_no_row_names()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Attachments:QuarantineGrace"] = "00:00:00" });
        var store = app.Services.GetRequiredService<IAttachmentStore>();
        var saved = await store.SaveAsync(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7\n% orphan\n%%EOF\n")), "orphan.pdf", 1024, CancellationToken.None);
        Assert.Single(FilesUnder(app, Path.Combine("attachments", "incoming")));
        app.Clock.Advance(TimeSpan.FromSeconds(5));

        await app.Services.GetRequiredService<AttachmentSweeper>().SweepAsync(CancellationToken.None);

        Assert.Empty(FilesUnder(app, "attachments"));
        Assert.Null(await store.OpenAsync(saved.Value.StoredName, CancellationToken.None));
    }

    static string[] FilesUnder(PortalApp app, string folder)
    {
        var path = Path.Combine(app.StorageRoot, folder);
        return Directory.Exists(path) ? [.. Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order()] : [];
    }

    static MultipartFormDataContent Pdf(string text)
    {
        var part = new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n"));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { part, "file", $"{text}.pdf" } };
    }
}
