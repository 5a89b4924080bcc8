using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Matters;

public sealed class MatterFlowTests : IAsyncLifetime
{
    public static readonly Guid Consultation = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0001");
    readonly PortalApp _app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["Attachments:MaxBytes"] = "65536" });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static object ConsultationBody(string subject = "Unpaid salary") => new
    {
        requestTypeId = Consultation,
        fields = new Dictionary<string, object> { ["subject"] = subject, ["details"] = "My employer has not paid three months of salary.", ["area"] = "labour" },
    };

    async Task<Guid> SubmitAsync(HttpClient client, string subject = "Unpaid salary")
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", ConsultationBody(subject));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    static async Task<JsonElement> FireAsync(HttpClient client, Guid matter, string trigger, string? comment = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/matters/{matter}/transitions", new { trigger, comment });
        Assert.True(response.IsSuccessStatusCode, $"{trigger}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    static MultipartFormDataContent Files(params (string Field, string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, field, name);
        }
        return form;
    }

    static byte[] Pdf(string text = "hello") => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    [Fact]
    public async Task A_consultation_goes_from_submission_to_rating_with_the_clock_pausing_while_the_client_is_asked()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitAsync(client);

        var submitted = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync();
        Assert.Equal("Received", submitted.GetProperty("status").GetProperty("state").GetString());
        // 48 hours of working time on the default calendar (Monday to Friday, UTC): a weekend does not count.
        var submittedAt = submitted.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.Equal(WorkflowPortal.Engine.Deadlines.WorkingCalendar.MondayToFriday.AddWorkingTime(submittedAt, TimeSpan.FromHours(48)),
            submitted.GetProperty("clock").GetProperty("dueAt").GetDateTimeOffset());
        Assert.Contains("Withdraw", submitted.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()));
        Assert.DoesNotContain("StartReview", submitted.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()));

        var inbox = await (await lawyer.GetAsync("/api/v1/matters?fromPortal=true&open=true")).JsonAsync();
        Assert.Contains(id, inbox.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));

        await FireAsync(lawyer, id, "StartReview");
        var noComment = await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "RequestInformation" });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        await FireAsync(lawyer, id, "RequestInformation", "Please send the employment contract.");

        var asked = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync();
        Assert.Equal("Needs your input", asked.GetProperty("status").GetProperty("label").GetProperty("en").GetString());
        Assert.True(asked.GetProperty("clock").GetProperty("isPaused").GetBoolean());

        var comment = Files(("files", "contract.pdf", Pdf()));
        comment.Add(new StringContent("Here is my contract."), "body");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/v1/matters/{id}/comments", comment)).StatusCode);
        await FireAsync(client, id, "ProvideInformation", "Contract attached.");
        Assert.False((await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync()).GetProperty("clock").GetProperty("isPaused").GetBoolean());

        await FireAsync(lawyer, id, "PrepareOpinion");
        var lawyerId = (await (await lawyer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/assignee", new { lawyerId })).StatusCode);
        await FireAsync(lawyer, id, "DeliverOpinion", "You are entitled to the unpaid salary.");
        await FireAsync(lawyer, id, "Close");

        var rated = await client.PostAsJsonAsync($"/api/v1/matters/{id}/feedback", new { rating = 5, remark = "Clear and fast." });
        Assert.Equal(HttpStatusCode.NoContent, rated.StatusCode);
        var closed = await (await client.GetAsync($"/api/v1/matters/{id}")).JsonAsync();
        Assert.True(closed.GetProperty("status").GetProperty("isDone").GetBoolean());
        Assert.Equal(5, closed.GetProperty("rating").GetInt32());
        var triggers = closed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("trigger").GetString()).ToList();
        Assert.Equal(["Start", "StartReview", "RequestInformation", "ProvideInformation", "PrepareOpinion", "DeliverOpinion", "Close"], triggers);
    }

    [Fact]
    public async Task Another_organizations_client_gets_404_on_every_matter_endpoint()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var other = await _app.SignedInAsync("sara@demo.portal");
        var id = await SubmitAsync(client);
        var attachment = await (await client.PostAsync($"/api/v1/matters/{id}/attachments", Files(("file", "a.pdf", Pdf())))).JsonAsync();
        var attachmentId = attachment.GetProperty("id").GetGuid();

        foreach (var path in new[] { "", "/comments", "/history", "/attachments", "/hearings", "/people", "/dates" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/matters/{id}{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/matters/attachments/{attachmentId}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "Withdraw" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/matters/{id}/feedback", new { rating = 1 })).StatusCode);
        var comment = new MultipartFormDataContent { { new StringContent("hello"), "body" } };
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/matters/{id}/comments", comment)).StatusCode);
        Assert.Empty((await (await other.GetAsync("/api/v1/matters")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Internal_notes_files_and_hearings_never_reach_the_client()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var id = await SubmitAsync(client);

        var note = Files(("files", "strategy.pdf", Pdf("internal strategy")));
        note.Add(new StringContent("Weak case; settle if offered."), "body");
        note.Add(new StringContent("true"), "internal");
        Assert.Equal(HttpStatusCode.Created, (await lawyer.PostAsync($"/api/v1/matters/{id}/comments", note)).StatusCode);
        var internalFile = await (await lawyer.PostAsync($"/api/v1/matters/{id}/attachments", Files(("file", "memo.pdf", Pdf("memo"))))).JsonAsync();
        await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/hearings", new { at = "2027-02-01T09:00:00Z", court = "Labour Court", visibleToClient = false });
        await lawyer.PostAsJsonAsync($"/api/v1/matters/{id}/hearings", new { at = "2027-03-01T09:00:00Z", court = "Court of Appeal", visibleToClient = true });

        var comments = await client.GetStringAsync($"/api/v1/matters/{id}/comments");
        var files = await client.GetStringAsync($"/api/v1/matters/{id}/attachments");
        var hearings = await client.GetStringAsync($"/api/v1/matters/{id}/hearings");

        Assert.DoesNotContain("settle", comments);
        Assert.DoesNotContain("strategy.pdf", comments + files);
        Assert.DoesNotContain("memo.pdf", files);
        Assert.DoesNotContain("Labour Court", hearings);
        Assert.Contains("Court of Appeal", hearings);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/api/v1/matters/attachments/{internalFile.GetProperty("id").GetGuid()}/content")).StatusCode);
        Assert.Contains("settle", await lawyer.GetStringAsync($"/api/v1/matters/{id}/comments"));
        var attempt = new MultipartFormDataContent { { new StringContent("sneaky"), "body" }, { new StringContent("true"), "internal" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/matters/{id}/comments", attempt)).StatusCode);
    }

    [Fact]
    public async Task Uploads_that_are_too_large_or_disguised_are_refused_and_a_good_one_downloads_as_an_attachment()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var id = await SubmitAsync(client);
        var executable = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 };

        var disguised = await client.PostAsync($"/api/v1/matters/{id}/attachments", Files(("file", "invoice.pdf", executable)));
        var oversize = await client.PostAsync($"/api/v1/matters/{id}/attachments", Files(("file", "big.pdf", [.. Pdf(), .. new byte[70_000]])));
        var good = await (await client.PostAsync($"/api/v1/matters/{id}/attachments", Files(("file", "../../contract.pdf", Pdf())))).JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("not accepted", (await disguised.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, oversize.StatusCode);
        Assert.Equal("contract.pdf", good.GetProperty("fileName").GetString());
        var download = await client.GetAsync($"/api/v1/matters/attachments/{good.GetProperty("id").GetGuid()}/content");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf(), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_submission_with_missing_fields_is_refused_field_by_field_in_arabic()
    {
        var sara = await _app.SignedInAsync("sara@demo.portal");

        var response = await sara.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = Consultation, fields = new { subject = "" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("حقل «الموضوع» مطلوب.", errors.GetProperty("subject")[0].GetString());
        Assert.True(errors.TryGetProperty("details", out _));
        Assert.Empty((await (await sara.GetAsync("/api/v1/matters")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_client_cannot_fire_a_legal_team_action_and_an_unknown_action_is_a_conflict()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var id = await SubmitAsync(client);

        var forbidden = await client.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "StartReview" });
        var unknown = await client.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "Teleport" });

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
    }

    [Fact]
    public async Task The_matters_export_is_a_csv_of_the_visible_matters()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        await SubmitAsync(client, "=HYPERLINK(\"evil\")");

        var csv = await client.GetStringAsync("/api/v1/matters/export.csv");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("reference,kind,title", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"evil\"\")\"", lines[1]);
    }
}
