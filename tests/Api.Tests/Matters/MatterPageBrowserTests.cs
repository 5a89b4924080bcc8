using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Api.Tests.Matters;

[Collection(BrowserCollection.Name)]
public sealed class MatterPageBrowserTests(BrowserFixture browser)
{
    static readonly Guid Consultation = MatterFlowTests.Consultation;

    static async Task<Guid> SubmitAsync(PortalApp app, string email, string subject)
    {
        var api = await app.SignInAsync(email);
        var response = await api.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody(subject));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    [BrowserFact]
    public async Task An_empty_form_shows_each_required_fields_error_under_it()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var client = await browser.SignInAsync(app, "client@demo.portal");
        await client.OpenAsync($"/portal/requests/{Consultation}");

        await client.GetByTestId("submit-request").ClickAsync();

        await Assertions.Expect(client.GetByTestId("field-subject")).ToContainTextAsync("Subject is required.");
        await Assertions.Expect(client.GetByTestId("field-details")).ToContainTextAsync("Details is required.");
        await Assertions.Expect(client.GetByTestId("error-area")).ToContainTextAsync("Area of law is required.");
        await Assertions.Expect(client.GetByTestId("field-deadline")).ToHaveCountAsync(0);
        Assert.Empty((await (await (await app.SignInAsync("client@demo.portal")).GetAsync("/api/v1/matters")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [BrowserFact]
    public async Task The_client_never_sees_the_lawyers_internal_note_not_even_in_the_preview()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var id = await SubmitAsync(app, "client@demo.portal", "Lease dispute");
        var lawyer = await browser.SignInAsync(app, "lawyer@demo.portal");
        await lawyer.OpenAsync($"/team/matters/{id}");

        await lawyer.GetByTestId("comment-body-input").FillAsync("Weak case; settle if offered.");
        await lawyer.GetByText("Internal note (the client does not see it)").ClickAsync();
        await lawyer.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("comment").Filter(new() { HasText = "settle" })).ToContainTextAsync("Internal note");
        await lawyer.GetByTestId("comment-body-input").FillAsync("We are reviewing your lease.");
        await lawyer.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("comment")).ToHaveCountAsync(2);

        await lawyer.GetByTestId("preview-as-client").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("preview-banner")).ToBeVisibleAsync();
        await Assertions.Expect(lawyer.GetByTestId("comment")).ToHaveCountAsync(1);
        await Assertions.Expect(lawyer.GetByTestId("matter-comments")).Not.ToContainTextAsync("settle");

        var client = await browser.SignInAsync(app, "client@demo.portal");
        await client.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(client.GetByTestId("comment")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("We are reviewing your lease."));
        Assert.DoesNotContain("settle", await client.ContentAsync());
        Assert.DoesNotContain("Internal note", await client.ContentAsync());
    }

    [BrowserFact]
    public async Task An_arabic_client_and_lawyer_see_the_pages_right_to_left()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var sara = await browser.SignInAsync(app, "sara@demo.portal", "ar");
        Assert.Equal("rtl", await sara.GetAttributeAsync("html", "dir"));
        await Assertions.Expect(sara.GetByTestId($"start-{Consultation}")).ToBeVisibleAsync();
        await sara.ScreenshotAsync("portal-home.ar");

        await sara.GetByTestId($"start-{Consultation}").ClickAsync();
        await Assertions.Expect(sara.GetByTestId("form-title")).ToHaveTextAsync("طلب استشارة");
        await sara.GetByTestId("submit-request").ClickAsync();
        await Assertions.Expect(sara.GetByTestId("field-subject")).ToContainTextAsync("حقل «الموضوع» مطلوب.");
        await sara.GetByTestId("input-subject").FillAsync("مستحقات نهاية الخدمة");
        await sara.GetByTestId("input-details").FillAsync("لم تصرف الشركة مكافأة نهاية الخدمة بعد انتهاء العقد.");
        await sara.GetByText("عمالي", new() { Exact = true }).ClickAsync();
        await sara.GetByTestId("field-urgent").GetByText("نعم", new() { Exact = true }).ClickAsync();
        await sara.GetByTestId("input-deadline").FillAsync("2027-02-01");
        await sara.ScreenshotAsync("request-form.ar");
        await sara.GetByTestId("submit-request").ClickAsync();
        await sara.WaitForURLAsync("**/portal/matters/*");
        await sara.ExpectStatusAsync("تم الاستلام");
        var id = new Uri(sara.Url).AbsolutePath.Split('/').Last();

        var lawyer = await browser.SignInAsync(app, "lawyer@demo.portal", "ar");
        await Assertions.Expect(lawyer.GetByTestId("matter-list")).ToContainTextAsync("مستحقات نهاية الخدمة");
        await Assertions.Expect(lawyer.GetByTestId("matter-row-status")).ToHaveTextAsync("تم الاستلام");
        await lawyer.ScreenshotAsync("inbox.ar");
        await lawyer.OpenAsync($"/team/matters/{id}");
        await lawyer.FireAsync("RequestInformation", "يرجى إرسال نسخة من عقد العمل.");
        await lawyer.ExpectStatusAsync("بانتظار رد مقدم الطلب");
        await lawyer.ScreenshotAsync("matter-team.ar");

        await sara.OpenAsync($"/calendar/hijri?returnUrl=/portal/matters/{id}");
        await sara.ExpectStatusAsync("بانتظار معلوماتك");
        await Assertions.Expect(sara.GetByTestId("matter-history")).ToContainTextAsync("هـ");
        await sara.ScreenshotAsync("matter-client.ar");
    }
}
