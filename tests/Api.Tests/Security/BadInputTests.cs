using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Contracts;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Security;

public sealed class BadInputApp : IAsyncDisposable
{
    public PortalApp App { get; } = PortalApp.OnSqlite();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

// Inputs that each answered 500 to a signed-in person: now a 400 with a message, or simply accepted.
public sealed class BadInputTests(BadInputApp fixture) : IClassFixture<BadInputApp>
{
    readonly PortalApp _app = fixture.App;

    [Fact]
    public async Task A_line_of_three_dashes_in_a_subject_a_comment_or_a_milestone_title_is_just_text()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        using var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var submitted = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Salary\n---\nunpaid"));
        var matter = (await submitted.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var comment = await lawyer.PostAsync($"/api/v1/matters/{matter}/comments", new MultipartFormDataContent
        {
            { new StringContent("First point\n---\nSecond point"), "body" },
        });
        await comment.JsonAsync(HttpStatusCode.Created);
        var email = await _app.WaitForPickupAsync("client@demo.portal", m => m.TextBody?.Contains("Second point") == true);
        Assert.Contains("---", email.TextBody);

        var contract = await SubmitRequestAsync(client, "Supply\n---\nagreement");
        await (await lawyer.PostAsJsonAsync($"/api/v1/contracts/{contract}/milestones", new { title = "Phase\n---\none", dueDate = "2027-02-01" }))
            .JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_a_400()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        var matter = await SubmitMatterAsync(client);
        foreach (var (contentType, body) in new[]
        {
            ("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nhello"),
            ("multipart/form-data", "--xyz\r\n\r\n"),
            ("multipart/form-data; boundary=xyz", "garbage without any boundary"),
        })
        {
            var content = new StringContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            var response = await client.PostAsync($"/api/v1/matters/{matter}/comments", content);
            Assert.Equal(HttpStatusCode.BadRequest, (await response.JsonAsync()).Status(response));
        }
    }

    [Fact]
    public async Task A_money_value_of_1e30_is_a_400_naming_the_field()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        var json = "{\"requestTypeId\":\"" + RequestType + "\",\"fields\":{\"subject\":\"Big deal\",\"details\":\"x\",\"counterparty\":\"Gulf Foods\",\"value\":1e30}}";
        var response = await client.PostAsync("/api/v1/requests", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("value", out _), problem.ToString());
    }

    [Theory]
    [InlineData("/language/ar?returnUrl=/matters%09x")]
    [InlineData("/language/en?returnUrl=/portal%0D%0ASet-Cookie:%20a=b")]
    [InlineData("/calendar/hijri?returnUrl=/portal%0Ax")]
    public async Task A_return_url_with_a_tab_or_a_line_break_on_a_switch_goes_home(string path)
    {
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_url_with_arabic_letters_is_kept_on_a_switch_and_after_sign_in()
    {
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var switched = await browser.GetAsync("/language/ar?returnUrl=" + Uri.EscapeDataString("/matters?search=عقد"));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/matters?search=%D8%B9%D9%82%D8%AF", switched.Headers.Location?.OriginalString);

        var cookies = new CookieContainer();
        using var session = new CookieSession(_app.CreateDefaultClient(new CookieContainerHandler(cookies)), cookies, new Uri("http://localhost"));
        var page = "/account/sign-in?ReturnUrl=" + Uri.EscapeDataString("/portal?q=عقد");
        var posted = await session.Client.PostAsync(page, await session.FormAsync(page, "sign-in", new()
        {
            ["Input.Email"] = "client@demo.portal",
            ["Input.Password"] = PortalApi.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith("/portal?q=%D8%B9%D9%82%D8%AF", posted.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_milestone_status_given_as_a_number_is_refused()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        using var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var contract = await SubmitRequestAsync(client);
        var milestone = (await (await lawyer.PostAsJsonAsync($"/api/v1/contracts/{contract}/milestones", new { title = "Delivery", dueDate = "2027-02-01" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var status in new object[] { 99, 2, "99" })
            Assert.Equal(HttpStatusCode.BadRequest, (await lawyer.PatchAsJsonAsync($"/api/v1/milestones/{milestone}", new { status })).StatusCode);
        var changed = await (await lawyer.PatchAsJsonAsync($"/api/v1/milestones/{milestone}", new { status = "Completed" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", changed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_contract_file_name_loses_control_and_bidi_characters_and_every_download_says_nosniff()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        using var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var contract = await SubmitRequestAsync(client);
        var part = new ByteArrayContent(MinimalPdf("draft"));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { part, "file", "invoice\u202Efdp.exe\u0007" + new string('x', 300) + ".pdf" } };
        var version = await (await lawyer.PostAsync($"/api/v1/contracts/{contract}/versions", form)).JsonAsync(HttpStatusCode.Created);
        var name = version.GetProperty("files")[0].GetProperty("fileName").GetString()!;
        Assert.DoesNotContain('\u202E', name);
        Assert.DoesNotContain(name, char.IsControl);
        Assert.True(name.Length <= 200, name);
        Assert.EndsWith(".pdf", name);

        var download = await client.GetAsync($"/api/v1/contracts/versions/{version.GetProperty("id").GetGuid()}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(download.Headers.CacheControl?.NoStore, "a download is never cached");
    }

    [Fact]
    public async Task Control_characters_are_stripped_from_names_titles_and_comments()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        await ControlCharactersAreStrippedAsync(_app, client);
    }

    [PostgresFact]
    public async Task On_postgres_a_nul_character_is_stripped_or_refused_never_a_500()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        using var client = await app.SignedInAsync("client@demo.portal");
        await ControlCharactersAreStrippedAsync(app, client);
        var search = await client.GetAsync("/api/v1/matters?search=a%00b");
        Assert.True(search.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"search with NUL: {(int)search.StatusCode}");
    }

    static async Task ControlCharactersAreStrippedAsync(PortalApp app, HttpClient client)
    {
        using var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var matter = await SubmitMatterAsync(client, "Unpaid\u0000 salary\u001b[31m");
        var date = await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/dates",
            new { title = "Filing\u0000 deadline\r\n\u001b[2J", date = "2027-03-01", visibleToClient = true })).JsonAsync(HttpStatusCode.Created);
        var title = date.GetProperty("title").GetString()!;
        Assert.StartsWith("Filing", title);
        Assert.DoesNotContain(title, char.IsControl);
        var person = await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/people", new { name = "Omar\u0000\nSaleh", role = "Witness" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.DoesNotContain(person.GetProperty("name").GetString()!, char.IsControl);
        var comment = await (await lawyer.PostAsync($"/api/v1/matters/{matter}/comments", new MultipartFormDataContent
        {
            { new StringContent("Line one\u0000\nLine two"), "body" },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Line one\nLine two", comment.GetProperty("body").GetString());
        var detail = await (await lawyer.GetAsync($"/api/v1/matters/{matter}")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain("\\u0000", detail.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u001b", detail.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_drawn_signature_must_be_a_real_png_of_a_sane_size()
    {
        const string OnePixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
        Assert.True(DrawnSignature.IsValid(OnePixel, 150_000));
        Assert.False(DrawnSignature.IsValid("data:image/png;base64,not base64!", 150_000));
        Assert.False(DrawnSignature.IsValid("data:image/png;base64," + Convert.ToBase64String(Encoding.ASCII.GetBytes("<svg onload=alert(1)>")), 150_000));
        var huge = Convert.FromBase64String(OnePixel["data:image/png;base64,".Length..]);
        huge[16] = 0x7F; // width 2 billion pixels
        Assert.False(DrawnSignature.IsValid("data:image/png;base64," + Convert.ToBase64String(huge), 150_000));
        Assert.False(DrawnSignature.IsValid(OnePixel + new string('A', 200_000), 150_000));
    }

    [Fact]
    public async Task A_hearing_needs_a_date()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        using var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var matter = await SubmitMatterAsync(client);
        var problem = await (await lawyer.PostAsJsonAsync($"/api/v1/matters/{matter}/hearings", new { court = "Labour Court" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("at", out _), problem.ToString());
    }

    [Fact]
    public async Task An_unknown_approval_mode_and_oversized_lists_are_refused()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        using var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var contract = await SubmitRequestAsync(client);
        var lawyerId = await UserIdAsync(lawyer);

        var majority = await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/approval-plan",
            new { steps = new[] { new { mode = "majority", approvers = new[] { lawyerId } } } });
        Assert.Contains("mode", (await majority.JsonAsync(HttpStatusCode.BadRequest)).ToString());
        var crowd = await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/approval-plan",
            new { steps = new[] { new { mode = "all", approvers = Enumerable.Range(0, 21).Select(_ => Guid.NewGuid()).ToArray() } } });
        Assert.Equal(HttpStatusCode.BadRequest, crowd.StatusCode);
        var parties = await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/particulars", new
        {
            title = "Supply",
            parties = Enumerable.Range(0, 21).Select(i => new { name = $"Party {i}", role = "Supplier" }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, parties.StatusCode);
        // A known mode in any case passes this check (the plan itself may still wait for the right state).
        var plan = await lawyer.PutAsJsonAsync($"/api/v1/contracts/{contract}/approval-plan",
            new { steps = new[] { new { mode = "Any", approvers = new[] { lawyerId } } } });
        Assert.True(plan.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)plan.StatusCode} {await plan.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_comment_without_files_can_be_posted_as_json()
    {
        using var client = await _app.SignedInAsync("client@demo.portal");
        var matter = await SubmitMatterAsync(client);
        var comment = await (await client.PostAsJsonAsync($"/api/v1/matters/{matter}/comments", new { body = "Any news?" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Any news?", comment.GetProperty("body").GetString());
        var broken = await client.PostAsync($"/api/v1/matters/{matter}/comments", new StringContent("{\"body\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    static async Task<Guid> SubmitMatterAsync(HttpClient client, string subject = "Unpaid salary")
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(subject));
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }
}

internal static class ProblemStatus
{
    // The status a problem body reports, checked against the response's own.
    public static HttpStatusCode Status(this System.Text.Json.JsonElement problem, HttpResponseMessage response)
    {
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        return response.StatusCode;
    }
}
