using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Contracts;

// Steps the contract tests share: submitting each path, moving the workflow, reading PDFs.
public static class ContractApi
{
    public static readonly Guid RequestType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0003");
    public static readonly Guid ReviewType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0004");
    public static readonly Guid TemplateType = new("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0005");

    public static readonly Dictionary<string, object> TemplateAnswers = new()
    {
        ["counterpartyName"] = "Falcon Logistics LLC",
        ["services"] = "Warehousing and last-mile delivery in Riyadh",
        ["contractValue"] = 120000,
        ["startDate"] = "2027-01-01",
    };

    public static async Task<Guid> SubmitTemplateAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", new { requestTypeId = TemplateType, fields = TemplateAnswers });
        var body = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/contracts/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SubmitRequestAsync(HttpClient client, string subject = "Distribution agreement")
    {
        var response = await client.PostAsJsonAsync("/api/v1/requests", new
        {
            requestTypeId = RequestType,
            fields = new Dictionary<string, object> { ["subject"] = subject, ["details"] = "Exclusive distribution in the Eastern Province.", ["counterparty"] = "Gulf Foods", ["value"] = 50000 },
        });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SubmitReviewAsync(HttpClient client, byte[] draft)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(ReviewType.ToString()), "requestTypeId" },
            { new StringContent("Supplier agreement"), "subject" },
            { new StringContent("Please check the liability clause."), "concerns" },
        };
        var part = new ByteArrayContent(draft);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "draft", "supplier.pdf");
        var response = await client.PostAsync("/api/v1/requests", form);
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> FireAsync(HttpClient client, Guid contract, string trigger, string? comment = null,
        Dictionary<string, string>? fields = null) =>
        await (await client.PostAsJsonAsync($"/api/v1/contracts/{contract}/transitions", new { trigger, comment, fields })).JsonAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> GetAsync(HttpClient client, string path) =>
        await (await client.GetAsync(path)).JsonAsync(HttpStatusCode.OK);

    public static async Task<Guid> UserIdAsync(HttpClient client) =>
        (await GetAsync(client, "/api/v1/me")).GetProperty("id").GetGuid();

    public static string State(JsonElement contract) => contract.GetProperty("status").GetProperty("state").GetString()!;

    public static async Task<JsonElement[]> ApprovalsAsync(HttpClient client, Guid contract) =>
        [.. (await GetAsync(client, $"/api/v1/contracts/{contract}/approvals")).EnumerateArray()];

    public static async Task<JsonElement[]> SignaturesAsync(HttpClient client, Guid contract) =>
        [.. (await GetAsync(client, $"/api/v1/contracts/{contract}/signatures")).EnumerateArray()];

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid task, bool approve, string? comment = null) =>
        await client.PostAsJsonAsync($"/api/v1/approval-tasks/{task}/decision", new { approve, comment });

    public static async Task<HttpResponseMessage> SignAsync(HttpClient client, Guid task, string typedName) =>
        await client.PostAsJsonAsync($"/api/v1/signature-tasks/{task}/sign", new { typedName, consent = true });

    public static async Task<byte[]> DownloadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // The text a reader would copy out of the PDF (poppler's pdftotext), runs of whitespace as one space.
    public static string PdfText(byte[] pdf, params string[] options) =>
        System.Text.RegularExpressions.Regex.Replace(Poppler("pdftotext", pdf, [.. options, "-"]), @"\s+", " ");

    // A poppler-utils tool run on the PDF, its output; `options` go before the file name, and
    // anything after the file name (pdftotext's "-" for standard output) last.
    public static string Poppler(string tool, byte[] pdf, params string[] options)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            var trailing = options.Length > 0 && options[^1] == "-" ? 1 : 0;
            using var process = Process.Start(new ProcessStartInfo(tool, [.. options[..^trailing], path, .. options[^trailing..]])
                { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // pdfsig answers non-zero for an unsigned or failing document: that is its answer.
            if (tool != "pdfsig") Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A real one-page PDF (catalog, page, Helvetica text, cross-reference table) that PDFsharp reads.
    public static byte[] OnePagePdf(string text)
    {
        var content = $"BT /F1 18 Tf 72 760 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] MinimalPdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");
}
