using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using static WorkflowPortal.Api.Tests.Contracts.ContractApi;

namespace WorkflowPortal.Api.Tests.Templates;

// A lawyer writes a template in the studio with a clause that a question switches on, sees a
// line-numbered error, previews the pages, publishes; a client then generates a contract from it.
[Collection(PageSweepCollection.Name)]
public sealed class TemplateStudioBrowserTests(BrowserFixture browser, KestrelAppFixture host) : IClassFixture<KestrelAppFixture>
{
    [BrowserFact]
    public Task A_lawyer_writes_and_publishes_a_template_and_a_client_generates_from_it_in_english() =>
        JourneyAsync("en", "client@demo.portal", "Consultancy agreement", "Horizon Advisory");

    [BrowserFact]
    public Task A_lawyer_writes_and_publishes_a_template_and_a_client_generates_from_it_in_arabic() =>
        JourneyAsync("ar", "sara@demo.portal", "اتفاقية استشارية", "شركة الأفق للاستشارات");

    async Task JourneyAsync(string language, string clientEmail, string name, string consultant)
    {
        var ar = language == "ar";
        using var admin = await host.App.SignedInAsync(PortalApi.Admin);
        var requestType = await RequestTypeAsync(admin, name);

        var page = await browser.SignInAsync(host.App, "lawyer@demo.portal", language);
        await page.GetByTestId("nav-templates").ClickAsync();
        await page.WaitForURLAsync("**/studio/templates");
        await Assertions.Expect(page.GetByTestId("template-link").Filter(new() { HasText = ar ? "وكالة" : "Power of attorney" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync($"studio-templates.{language}");
        await page.GetByTestId("new-template").ClickAsync();
        await page.WaitForURLAsync("**/studio/templates/new");
        await page.WaitForCircuitAsync();

        // The other language's name differs, so that each run finds only its own template by name.
        await page.GetByTestId("name-en").FillAsync(ar ? "Advisory agreement" : name);
        await page.GetByTestId("name-ar").FillAsync(ar ? name : "اتفاقية مشورة");
        await page.GetByTestId("request-type").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameString = name + (ar ? " ع" : " e") }).ClickAsync();
        await page.GetByTestId("body-en-text").FillAsync("# Consultancy Agreement\n\nThe Consultant **{{ consultant }}** advises Al Noor Trading Co.\n\n"
            + "{% if includeConfidentiality %}{% clause \"confidentiality\" %}{% endif %}\n\n## Governing law\n\nThe laws of the Kingdom of Saudi Arabia apply.");
        await page.GetByTestId("body-ar-text").FillAsync("# اتفاقية استشارية\n\nيقدم المستشار **{{ consultant }}** المشورة لشركة النور التجارية.\n\n"
            + "{% if includeConfidentiality %}{% clause \"confidentiality\" %}{% endif %}\n\n## القانون الواجب التطبيق\n\nتسري أنظمة المملكة العربية السعودية.");
        // No question asks for the consultant yet: the preview names the line.
        await Assertions.Expect(page.GetByTestId("preview-error")).ToContainTextAsync(ar ? "السطر 3: المتغير «consultant» غير معروف" : "line 3: Unknown variable 'consultant'");
        await page.ScreenshotAsync($"studio-editor-error.{language}");

        await page.GetByTestId("add-question").ClickAsync();
        await page.GetByTestId("question-key-0").FillAsync("consultant");
        await page.GetByTestId("question-label-en-0").FillAsync("Consultant");
        await page.GetByTestId("question-label-ar-0").FillAsync("المستشار");
        await page.GetByTestId("question-required-0").ClickAsync(new() { Force = true });
        await page.GetByTestId("add-question").ClickAsync();
        await page.GetByTestId("question-key-1").FillAsync("includeConfidentiality");
        await page.GetByTestId("question-type-1").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameString = ar ? "نعم أو لا" : "Yes or no", Exact = true }).ClickAsync();
        await page.GetByTestId("question-label-en-1").FillAsync("Add a confidentiality clause?");
        await page.GetByTestId("question-label-ar-1").FillAsync("إضافة بند السرية؟");
        await page.GetByTestId("question-default-1").FillAsync("true");
        await page.GetByTestId(ar ? "preview-ar" : "preview-en").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("preview-page").First).ToBeVisibleAsync();
        await page.ScreenshotAsync($"studio-editor-preview.{language}");

        await page.GetByTestId("save-template").ClickAsync();
        try
        {
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/studio/templates/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync($"studio-save-failed.{language}");
            throw new InvalidOperationException("The template was not saved: " + string.Join(" | ", await page.GetByTestId("problem").AllInnerTextsAsync()));
        }
        await page.WaitForCircuitAsync();
        await page.GetByTestId("publish-template").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { NameString = ar ? "نشر" : "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("template-state")).ToHaveTextAsync(ar ? "الإصدار 1 منشور" : "Version 1 published");
        await Assertions.Expect(page.GetByTestId("version-1")).ToBeVisibleAsync();
        await page.ScreenshotAsync($"studio-published.{language}");

        // At phone width the editor reflows: nothing of the page's content sticks out sideways (the app
        // bar is the layout's, checked by the layout's own tests).
        await page.SetViewportSizeAsync(390, 844);
        const string Fits = "() => { const m = document.querySelector('.mud-main-content'); return m.scrollWidth <= m.clientWidth + 1; }";
        try
        {
            await page.WaitForFunctionAsync(Fits, null, new() { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync($"studio-editor-phone-overflow.{language}");
            var wide = await page.EvaluateAsync<string>("""
                [...document.querySelectorAll('.mud-main-content *')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -16); })
                  .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right)).join(' | ')
                """);
            throw new InvalidOperationException("The editor overflows at 390 px: " + wide);
        }
        await page.ScreenshotAsync($"studio-editor-phone.{language}");
        await page.OpenAsync("/studio/clauses");
        await page.GetByTestId("clause-row").Filter(new() { HasText = "confidentiality" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("clause-use").Filter(new() { HasText = name })).ToHaveCountAsync(1);
        await page.ScreenshotAsync($"studio-clause-uses-phone.{language}");
        await page.Context.CloseAsync();

        var client = await browser.SignInAsync(host.App, clientEmail, language);
        await client.OpenAsync("/contracts");
        await client.GetByTestId("new-from-template").Filter(new() { HasText = name }).ClickAsync();
        await client.WaitForURLAsync("**/contracts/templates/**");
        await client.WaitForCircuitAsync();
        await client.GetByTestId("input-consultant").FillAsync(consultant);
        // A yes/no question is answered with Yes or No, like on a request form, not typed.
        var confidentiality = client.GetByTestId("field-includeConfidentiality");
        await Assertions.Expect(confidentiality.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);
        await confidentiality.GetByText(ar ? "نعم" : "Yes", new() { Exact = true }).ClickAsync();
        await client.GetByTestId("preview").ClickAsync();
        await Assertions.Expect(client.GetByTestId("preview-pane")).ToBeVisibleAsync();
        await client.ScreenshotAsync($"studio-template-questionnaire.{language}");
        await client.GetByTestId("submit-template").ClickAsync();
        await client.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/contracts/[0-9a-f-]{36}$"), new() { Timeout = 90_000 });
        var id = Guid.Parse(client.Url[^36..]);
        await client.WaitForCircuitAsync();
        await client.ScreenshotAsync($"studio-contract-generated.{language}");
        await client.Context.CloseAsync();

        using var api = await host.App.SignedInAsync(clientEmail);
        var version = (await GetAsync(api, $"/api/v1/contracts/{id}/versions")).EnumerateArray().Single();
        var text = PdfText(await DownloadAsync(api, $"/api/v1/contracts/versions/{version.GetProperty("id").GetGuid()}/content"));
        Assert.Contains(consultant, text);
        Assert.Contains(ar ? "السرية" : "Confidentiality", text);
        Assert.Equal(1, (await GetAsync(api, $"/api/v1/contracts/{id}")).GetProperty("templateVersion").GetInt32());
    }

    static async Task<Guid> RequestTypeAsync(HttpClient admin, string name)
    {
        var demo = await GetAsync(admin, $"/api/v1/request-types/{TemplateType}");
        var suffix = System.Text.RegularExpressions.Regex.IsMatch(name, @"\p{IsArabic}") ? " ع" : " e";
        var created = await (await admin.PostAsJsonAsync("/api/v1/request-types", new
        {
            categoryId = demo.GetProperty("categoryId").GetGuid(),
            name = new { en = name + suffix, ar = name + suffix },
            description = new { en = "Generate a consultancy agreement.", ar = "أنشئ اتفاقية استشارية." },
            creates = "ContractFromTemplate",
            workflowKey = "contract-from-template",
            fields = Array.Empty<object>(),
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }
}
