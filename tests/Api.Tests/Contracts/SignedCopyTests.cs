using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

// The signed copy of an uploaded PDF: one file, the certificate as its last page, digitally
// signed by the portal; the public verification says genuine for it and only for it.
public sealed class SignedCopyTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_uploaded_pdf_is_signed_as_one_file_whose_last_page_is_the_certificate_and_pdfsig_validates_it()
    {
        var (signed, draft) = await SignedCopyAsync(_app);

        Assert.Equal("Signed", signed.Version.GetProperty("origin").GetString());
        var file = Assert.Single(signed.Version.GetProperty("files").EnumerateArray());
        Assert.Equal("Document", file.GetProperty("role").GetString());
        Assert.Equal(Sha256(signed.Pdf), signed.Version.GetProperty("sha256").GetString());

        Assert.Contains("Pages: 2", Flat(Poppler("pdfinfo", signed.Pdf)));
        Assert.Contains("Supplier draft for signature", PdfText(signed.Pdf, "-f", "1", "-l", "1"));
        var lastPage = PdfText(signed.Pdf, "-f", "2", "-l", "2");
        Assert.Contains("Signature certificate", lastPage);
        Assert.Contains(Sha256(draft), lastPage);
        Assert.Contains("Nadia Farouk", lastPage);
        Assert.Contains("Layla Haddad", lastPage);
        Assert.Contains("IP address:", lastPage);
        // What each signer accepted, as they read it.
        Assert.Contains("Consent accepted:", lastPage);
        Assert.Contains("I, Nadia Farouk, sign version", Flat(lastPage));
        Assert.Contains("I, Layla Haddad, sign version", Flat(lastPage));

        var report = Poppler("pdfsig", signed.Pdf);
        Assert.Contains("Signature is Valid.", report);
        Assert.Contains("ETSI.CAdES.detached", report);
        Assert.Contains("Total document signed", report);
        Assert.DoesNotContain("Signature is Valid.", Poppler("pdfsig", ChangeOneByte(signed.Pdf)));
    }

    [Fact]
    public async Task Verification_says_genuine_for_the_signed_copy_and_not_for_an_altered_or_unrelated_pdf()
    {
        var (signed, _) = await SignedCopyAsync(_app);
        var anonymous = _app.CreateClient();

        var genuine = await (await VerifyAsync(anonymous, signed.Pdf)).JsonAsync(HttpStatusCode.OK);
        Assert.True(genuine.GetProperty("genuine").GetBoolean());
        Assert.Equal(signed.Reference, genuine.GetProperty("contractReference").GetString());
        Assert.Equal(signed.Version.GetProperty("number").GetInt32(), genuine.GetProperty("versionNumber").GetInt32());
        Assert.Equal(signed.Version.GetProperty("number").GetInt32() - 1, genuine.GetProperty("signedVersionNumber").GetInt32());
        Assert.Equal(2, genuine.GetProperty("signedAt").GetArrayLength());
        // Nothing confidential: no title, party or signer names.
        Assert.DoesNotContain("Nadia", genuine.GetRawText());
        Assert.DoesNotContain("Distribution", genuine.GetRawText());

        var altered = await (await VerifyAsync(anonymous, ChangeOneByte(signed.Pdf))).JsonAsync(HttpStatusCode.OK);
        Assert.False(altered.GetProperty("genuine").GetBoolean());
        Assert.Equal("altered", altered.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, altered.GetProperty("contractReference").ValueKind);

        var unrelated = await (await VerifyAsync(anonymous, OnePagePdf("Some other document"))).JsonAsync(HttpStatusCode.OK);
        Assert.False(unrelated.GetProperty("genuine").GetBoolean());
        Assert.Equal("notSigned", unrelated.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Verification_refuses_a_missing_file_a_non_pdf_and_a_body_that_is_not_multipart_with_problem_details()
    {
        var anonymous = _app.CreateClient();

        var missing = await (await anonymous.PostAsync("/api/v1/verify", new MultipartFormDataContent { { new StringContent("x"), "note" } }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("file-missing", missing.GetProperty("code").GetString());
        Assert.True(missing.GetProperty("errors").TryGetProperty("file", out _));

        var text = await (await VerifyAsync(anonymous, "just some words"u8.ToArray())).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("file-not-pdf", text.GetProperty("code").GetString());

        var json = await anonymous.PostAsJsonAsync("/api/v1/verify", new { file = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Verification_is_rate_limited_per_address_like_the_other_anonymous_calls()
    {
        await using var app = PortalApp.OnSqlite(new Dictionary<string, string?> { ["RateLimits:Verify:PermitLimit"] = "2" });
        var anonymous = app.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await VerifyAsync(anonymous, OnePagePdf("unsigned"))).StatusCode);
        var refused = await VerifyAsync(anonymous, OnePagePdf("unsigned"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    internal static async Task<HttpResponseMessage> VerifyAsync(HttpClient client, byte[] pdf)
    {
        var part = new ByteArrayContent(pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return await client.PostAsync("/api/v1/verify", new MultipartFormDataContent { { part, "file", "copy.pdf" } });
    }

    // One byte of the document's own content (the first page's text), inside the signed range.
    internal static byte[] ChangeOneByte(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        var at = System.Text.Encoding.Latin1.GetString(copy).IndexOf("Supplier draft", StringComparison.Ordinal);
        Assert.True(at > 0, "the page text is not where the test changes it");
        copy[at] = (byte)'s';
        return copy;
    }

    static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    internal sealed record SignedCopy(string Reference, JsonElement Version, byte[] Pdf);

    // A contract request whose draft is a real PDF, approved by the defaults and signed by both signers.
    internal static async Task<(SignedCopy Signed, byte[] Draft)> SignedCopyAsync(PortalApp app)
    {
        var client = await app.SignedInAsync("client@demo.portal");
        var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var collaborator = await app.SignedInAsync("collaborator@demo.portal");
        var id = await SubmitRequestAsync(client);
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/assignee", new { lawyerId = await UserIdAsync(lawyer) })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "StartDrafting");
        var draft = OnePagePdf("Supplier draft for signature");
        var upload = new MultipartFormDataContent { { new ByteArrayContent(draft), "files", "draft.pdf" } };
        await (await lawyer.PostAsync($"/api/v1/contracts/{id}/versions", upload)).JsonAsync(HttpStatusCode.Created);
        await FireAsync(lawyer, id, "ShareDraft");
        await FireAsync(client, id, "ConfirmDraft");
        foreach (var approval in await ApprovalsAsync(lawyer, id))
            Assert.Equal(HttpStatusCode.OK, (await DecideAsync(lawyer, approval.GetProperty("id").GetGuid(), true)).StatusCode);
        var signers = await SignaturesAsync(lawyer, id);
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(collaborator, signers[0].GetProperty("id").GetGuid(), "Nadia Farouk")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(lawyer, signers[1].GetProperty("id").GetGuid(), "Layla Haddad")).StatusCode);

        var contract = await GetAsync(client, $"/api/v1/contracts/{id}");
        var version = (await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray().Last();
        var pdf = await DownloadAsync(client, $"/api/v1/contracts/versions/{version.GetProperty("id").GetGuid()}/content");
        return (new SignedCopy(contract.GetProperty("reference").GetString()!, version, pdf), draft);
    }
}
