using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Contracts;

public sealed class ContractFlowTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task From_a_template_to_a_signed_pdf_whose_certificate_names_the_hash_of_the_version_signed()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var admin = await _app.SignedInAsync("admin@demo.portal");
        var collaborator = await _app.SignedInAsync("collaborator@demo.portal");
        var id = await SubmitTemplateAsync(client);

        var versions = (await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray().ToList();
        var first = Assert.Single(versions);
        Assert.Equal("Generated", first.GetProperty("origin").GetString());
        Assert.Equal(["Docx", "Pdf"], first.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).Order());
        var pdf = await DownloadAsync(client, $"/api/v1/contracts/versions/{first.GetProperty("id").GetGuid()}/content");
        Assert.Equal(first.GetProperty("sha256").GetString(), Sha256(pdf));
        var text = PdfText(pdf);
        Assert.Contains("Falcon Logistics LLC", text);
        Assert.Contains("Warehousing and last-mile delivery in Riyadh", text);
        Assert.Contains("2027-01-01", text);

        // The legal team plans two approval steps and one signer, then moves the contract on.
        var (lawyerId, adminId, collaboratorId) = (await UserIdAsync(lawyer), await UserIdAsync(admin), await UserIdAsync(collaborator));
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/approval-plan", new
        {
            steps = new[] { new { mode = "all", approvers = new[] { lawyerId } }, new { mode = "any", approvers = new[] { adminId } } },
        })).EnsureSuccessStatusCode();
        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/signer-plan", new { signers = new[] { collaboratorId } })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "Generate", fields: new() { ["counterpartyName"] = "Falcon Logistics LLC", ["contractValue"] = "120000", ["startDate"] = "2027-01-01" });
        Assert.Equal("Approval", State(await FireAsync(lawyer, id, "SubmitForApproval")));

        var approvals = await ApprovalsAsync(lawyer, id);
        Assert.Equal(["Pending", "Waiting"], approvals.Select(a => a.GetProperty("status").GetString()));
        var (step1, step2) = (approvals[0].GetProperty("id").GetGuid(), approvals[1].GetProperty("id").GetGuid());

        // Step 2 waits for step 1.
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(admin, step2, true)).StatusCode);

        // A client never decides: 403 with a clear message, and the attempt is in the audit.
        foreach (var approve in new[] { true, false })
        {
            var refused = await DecideAsync(client, step1, approve, "I approve my own contract");
            var problem = await refused.JsonAsync(HttpStatusCode.Forbidden);
            Assert.Contains("Clients never approve, reject or sign", problem.GetProperty("title").GetString());
            Assert.Equal("client-cannot-decide", problem.GetProperty("code").GetString());
        }
        var clientView = await GetAsync(client, $"/api/v1/contracts/{id}");
        Assert.DoesNotContain(clientView.GetProperty("actions").EnumerateArray(), a => a.GetProperty("action").GetString() != "none");
        Assert.All(await ApprovalsAsync(client, id), a => Assert.False(a.GetProperty("canDecide").GetBoolean()));

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(lawyer, step1, true, "Fine by me")).StatusCode);
        Assert.Equal(["Approved", "Pending"], (await ApprovalsAsync(client, id)).Select(a => a.GetProperty("status").GetString()));
        // The approver's comment is for the legal team: the client sees the status only.
        Assert.Equal(JsonValueKind.Null, (await ApprovalsAsync(client, id))[0].GetProperty("comment").ValueKind);
        Assert.Equal("Fine by me", (await ApprovalsAsync(lawyer, id))[0].GetProperty("comment").GetString());
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(admin, step2, true)).StatusCode);
        Assert.Equal("Signature", State(await GetAsync(client, $"/api/v1/contracts/{id}")));

        var signer = Assert.Single(await SignaturesAsync(collaborator, id));
        var signTask = signer.GetProperty("id").GetGuid();
        Assert.True(signer.GetProperty("canSign").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await SignAsync(client, signTask, "Omar Khalil")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/signature-tasks/{signTask}/decline", new { reason = "no" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await collaborator.PostAsJsonAsync($"/api/v1/signature-tasks/{signTask}/sign", new { })).StatusCode);
        // The signer's task carries the document and the sentence signing agrees to; without consent nothing is signed.
        var document = signer.GetProperty("document");
        Assert.Equal(first.GetProperty("id").GetGuid(), document.GetProperty("versionId").GetGuid());
        var consent = document.GetProperty("consent").GetString()!;
        Assert.Contains("Nadia Farouk", consent);
        Assert.Contains(first.GetProperty("sha256").GetString()![..16], consent);
        Assert.Contains((await GetAsync(client, $"/api/v1/contracts/{id}")).GetProperty("reference").GetString()!, consent);
        var unconsented = await collaborator.PostAsJsonAsync($"/api/v1/signature-tasks/{signTask}/sign", new { typedName = "Nadia Farouk" });
        Assert.Equal("consent", (await unconsented.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);
        Assert.Equal("Pending", (await SignaturesAsync(lawyer, id))[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, (await SignaturesAsync(lawyer, id))[0].GetProperty("document").ValueKind);
        var signed = await (await SignAsync(collaborator, signTask, "Nadia Farouk")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("sha256").GetString(), signed.GetProperty("evidence").GetProperty("versionSha256").GetString());
        var evidence = (await SignaturesAsync(lawyer, id))[0].GetProperty("evidence");
        // The in-memory test server has no remote address; the browser journey checks the IP is kept.
        Assert.Equal(consent, evidence.GetProperty("consent").GetString());

        var done = await GetAsync(client, $"/api/v1/contracts/{id}");
        Assert.Equal("Executed", State(done));
        Assert.True(done.GetProperty("status").GetProperty("isDone").GetBoolean());

        var audit = (await GetAsync(lawyer, $"/api/v1/contracts/{id}")).GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal(4, audit.Count(a => a.GetProperty("action").GetString() == "decision-refused"));

        var final = (await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray().Last();
        Assert.Equal("Signed", final.GetProperty("origin").GetString());
        var signedText = PdfText(await DownloadAsync(client, $"/api/v1/contracts/versions/{final.GetProperty("id").GetGuid()}/content"));
        Assert.Contains("Falcon Logistics LLC", signedText);
        Assert.Contains("Signature certificate", signedText);
        Assert.Contains(first.GetProperty("sha256").GetString()!, signedText);
        Assert.Contains("Nadia Farouk", signedText);
    }

    [Fact]
    public async Task A_contract_request_is_drafted_approved_by_defaults_and_signed_by_a_collaborator_and_the_lawyer()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var collaborator = await _app.SignedInAsync("collaborator@demo.portal");
        var id = await SubmitRequestAsync(client);
        var created = await GetAsync(client, $"/api/v1/contracts/{id}");
        Assert.Equal("Received", State(created));
        Assert.Equal("Gulf Foods", created.GetProperty("parties")[0].GetProperty("name").GetString());
        Assert.Empty((await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray());

        (await lawyer.PutAsJsonAsync($"/api/v1/contracts/{id}/assignee", new { lawyerId = await UserIdAsync(lawyer) })).EnsureSuccessStatusCode();
        await FireAsync(lawyer, id, "StartDrafting");
        var upload = new MultipartFormDataContent { { new ByteArrayContent(MinimalPdf("draft one")), "files", "draft.pdf" }, { new StringContent("First draft"), "note" } };
        var version = await (await lawyer.PostAsync($"/api/v1/contracts/{id}/versions", upload)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(Sha256(MinimalPdf("draft one")), version.GetProperty("sha256").GetString());
        await FireAsync(lawyer, id, "ShareDraft");
        Assert.Equal("Approval", State(await FireAsync(client, id, "ConfirmDraft")));

        // Defaults: the assigned lawyer, then any of the legal team; the lawyer is both.
        var approvals = await ApprovalsAsync(lawyer, id);
        Assert.Equal([1, 2], approvals.Select(a => a.GetProperty("step").GetInt32()));
        foreach (var approval in approvals)
            Assert.Equal(HttpStatusCode.OK, (await DecideAsync(lawyer, approval.GetProperty("id").GetGuid(), true)).StatusCode);

        var signers = await SignaturesAsync(lawyer, id);
        Assert.Equal(["Nadia Farouk", "Layla Haddad"], signers.Select(s => s.GetProperty("signerName").GetString()));
        var pending = await GetAsync(collaborator, "/api/v1/approval-tasks");
        Assert.Contains(pending.EnumerateArray(), t => t.GetProperty("contractId").GetGuid() == id && t.GetProperty("kind").GetString() == "signature");
        Assert.Equal(HttpStatusCode.Conflict, (await SignAsync(lawyer, signers[1].GetProperty("id").GetGuid(), "Layla Haddad")).StatusCode);
        var collaboratorTask = signers[0].GetProperty("id").GetGuid();
        // Not an image, an SVG labelled PNG, a PNG 5000 pixels wide, more than 150 kB: each refused, and nothing is signed.
        const string OnePixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
        var wide = Convert.FromBase64String(OnePixel["data:image/png;base64,".Length..]);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(wide.AsSpan(16), 5000);
        foreach (var image in new[] { "javascript:alert(1)", "data:image/png;base64," + Convert.ToBase64String("<svg onload=alert(1)></svg>"u8.ToArray()),
            "data:image/png;base64," + Convert.ToBase64String(wide), OnePixel + new string('A', 160_000) })
        {
            var refused = await collaborator.PostAsJsonAsync($"/api/v1/signature-tasks/{collaboratorTask}/sign", new { drawnImage = image, consent = true });
            Assert.Equal("drawnImage", (await refused.JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Single().Name);
        }
        Assert.Equal("Pending", (await SignaturesAsync(lawyer, id))[0].GetProperty("status").GetString());
        Assert.Equal("Signature", State(await GetAsync(client, $"/api/v1/contracts/{id}")));
        Assert.Equal(version.GetProperty("sha256").GetString(), (await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray().Last().GetProperty("sha256").GetString());
        var drawn = await (await collaborator.PostAsJsonAsync($"/api/v1/signature-tasks/{collaboratorTask}/sign",
            new { drawnImage = OnePixel, consent = true })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("drawn", drawn.GetProperty("evidence").GetProperty("method").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(lawyer, signers[1].GetProperty("id").GetGuid(), "Layla Haddad")).StatusCode);

        // A "PDF" PDFsharp cannot read (MinimalPdf is a header and no pages) cannot take a certificate
        // page: the signed version keeps the file as it was and adds the certificate beside it.
        var signed = (await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray().Last();
        Assert.Equal(version.GetProperty("sha256").GetString(), signed.GetProperty("sha256").GetString());
        var certificate = signed.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("role").GetString() == "Certificate");
        var text = PdfText(await DownloadAsync(client, $"/api/v1/contracts/versions/{signed.GetProperty("id").GetGuid()}/content?file={certificate.GetProperty("id").GetGuid()}"));
        Assert.Contains(version.GetProperty("sha256").GetString()!, text);
        Assert.Contains("Layla Haddad", text);
        Assert.Contains("drawn signature", text);
    }

    [Fact]
    public async Task An_uploaded_draft_becomes_version_one_and_others_cannot_see_the_contract()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var sara = await _app.SignedInAsync("sara@demo.portal");
        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var draft = MinimalPdf("supplier draft");
        var id = await SubmitReviewAsync(client, draft);

        var version = Assert.Single((await GetAsync(client, $"/api/v1/contracts/{id}/versions")).EnumerateArray());
        Assert.Equal("Uploaded", version.GetProperty("origin").GetString());
        Assert.Equal(Sha256(draft), version.GetProperty("sha256").GetString());
        Assert.Equal(draft, await DownloadAsync(client, $"/api/v1/contracts/versions/{version.GetProperty("id").GetGuid()}/content"));
        Assert.Equal("Submitted", State(await GetAsync(lawyer, $"/api/v1/contracts/{id}")));
        Assert.Contains((await GetAsync(lawyer, "/api/v1/contracts?path=ContractReview&search=Supplier")).GetProperty("items").EnumerateArray(),
            c => c.GetProperty("id").GetGuid() == id);

        Assert.Equal(HttpStatusCode.NotFound, (await sara.GetAsync($"/api/v1/contracts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sara.GetAsync($"/api/v1/contracts/versions/{version.GetProperty("id").GetGuid()}/content")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sara.GetAsync($"/api/v1/contracts/{id}/milestones")).StatusCode);
        Assert.DoesNotContain((await GetAsync(sara, "/api/v1/contracts")).GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/contracts/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/contracts?cursor=nonsense")).StatusCode);
    }

    [Fact]
    public async Task The_questionnaire_previews_as_a_pdf_and_names_missing_answers()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var template = Assert.Single((await GetAsync(client, "/api/v1/contract-templates")).EnumerateArray(), t => t.GetProperty("requestTypeId").GetGuid() == TemplateType);
        Assert.Equal(TemplateType, template.GetProperty("requestTypeId").GetGuid());
        var url = $"/api/v1/contract-templates/{template.GetProperty("id").GetGuid()}/preview";

        var preview = await client.PostAsJsonAsync(url, new { fields = TemplateAnswers });
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Falcon Logistics LLC", PdfText(await preview.Content.ReadAsByteArrayAsync()));
        Assert.Empty((await GetAsync(client, "/api/v1/contracts")).GetProperty("items").EnumerateArray());

        var incomplete = await (await client.PostAsJsonAsync(url, new { fields = new { counterpartyName = "Falcon" } })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(incomplete.GetProperty("errors").TryGetProperty("startDate", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/contract-templates/{Guid.NewGuid()}/preview", new { fields = TemplateAnswers })).StatusCode);
    }

    [Fact]
    public async Task Paging_walks_the_list_newest_first()
    {
        var client = await _app.SignedInAsync("client@demo.portal");
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await SubmitRequestAsync(client, $"Paged contract {i}"));
        var first = await GetAsync(client, "/api/v1/contracts?limit=2&search=Paged");
        var second = await GetAsync(client, $"/api/v1/contracts?limit=2&search=Paged&cursor={first.GetProperty("nextCursor").GetString()}");
        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(Enumerable.Reverse(ids), seen);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }
}
