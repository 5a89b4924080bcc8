using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using MimeKit;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Notifications;

// A Latin value inside an Arabic sentence ("Delta Foods Co.", a reference such as CON-2026-000001)
// is isolated: in the plain text and the subject by U+2068 ... U+2069, in HTML by <bdi>, so that its
// period stays on its side and the reference does not split around its hyphens.
[Collection(PageSweepCollection.Name)]
public sealed class BidiIsolationTests(BrowserFixture browser)
{
    const string Title = "Delta Foods Co.";

    static object Body(string subject) => new
    {
        requestTypeId = MatterFlowTests.Consultation,
        fields = new Dictionary<string, object> { ["subject"] = subject, ["details"] = "عقد توريد مع شركة أجنبية.", ["area"] = "labour" },
    };

    [Fact]
    public async Task An_Arabic_email_keeps_the_reference_and_the_title_whole_inside_isolates()
    {
        await using var smtp = SmtpFixture.StartNew();
        await using var app = PortalApp.OnSqlite(smtp.Settings());
        using var sara = await app.SignedInAsync("sara@demo.portal");
        var submitted = await (await sara.PostAsJsonAsync("/api/v1/requests", Body(Title))).JsonAsync(HttpStatusCode.Created);
        var reference = submitted.GetProperty("reference").GetString()!;
        Assert.Contains('-', reference);

        var email = await smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(b => b.Address == "sara@demo.portal"));
        Assert.Equal($"استلمنا طلبك \u2068{reference}\u2069", email.Subject);
        Assert.Contains($"\u2068{Title}\u2069", email.TextBody);
        Assert.Contains($"<bdi>{Title}</bdi>", email.HtmlBody);
        Assert.Contains("dir=\"rtl\"", email.HtmlBody);

        // Each submitted field on its own line (in HTML too), the choice as its Arabic label.
        Assert.Contains("\nالمجال القانوني: \u2068", email.TextBody);
        Assert.Matches("<br>\\s*المجال القانوني: <bdi>", email.HtmlBody);
        // A plain-text part beside the HTML one, both declared 7-bit safe.
        var parts = email.BodyParts.OfType<TextPart>().ToList();
        Assert.Equal(["text/html", "text/plain"], parts.Select(p => p.ContentType.MimeType).Order());
        Assert.All(parts, p => Assert.Equal(ContentEncoding.QuotedPrintable, p.ContentTransferEncoding));
    }

    [BrowserFact]
    public async Task An_Arabic_page_shows_the_reference_in_a_bdi()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        using var sara = await app.SignedInAsync("sara@demo.portal");
        var submitted = await (await sara.PostAsJsonAsync("/api/v1/requests", Body(Title))).JsonAsync(HttpStatusCode.Created);
        var reference = submitted.GetProperty("reference").GetString()!;

        var page = await browser.SignInAsync(app, "sara@demo.portal", "ar");
        await page.OpenAsync("/notifications");
        var received = page.GetByTestId("notification").Filter(new() { HasText = "استلمنا طلبك" });
        await Assertions.Expect(received.Locator("bdi").First).ToHaveTextAsync(reference);
        await Assertions.Expect(received.Locator("bdi", new() { HasText = Title })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("bidi-notifications.ar");
        await page.Context.CloseAsync();
    }
}
