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
        var api = await app.SignedInAsync(email);
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
        Assert.Empty((await (await (await app.SignedInAsync("client@demo.portal")).GetAsync("/api/v1/matters")).JsonAsync()).GetProperty("items").EnumerateArray());
    }

    [BrowserFact]
    public async Task The_client_never_sees_the_lawyers_internal_note_or_hearing_not_even_in_the_preview()
    {
        await using var app = PortalApp.OnSqlite(kestrel: true);
        var id = await SubmitAsync(app, "client@demo.portal", "Lease dispute");
        var lawyer = await browser.SignInAsync(app, "lawyer@demo.portal");
        await lawyer.OpenAsync($"/team/matters/{id}");

        await lawyer.GetByTestId("comment-body-input").FillAsync("Weak case; settle if offered.");
        await lawyer.GetByRole(AriaRole.Checkbox, new() { Name = "Internal note (the client does not see it)" }).SetCheckedOnCircuitAsync(true);
        await lawyer.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("comment").Filter(new() { HasText = "settle" })).ToContainTextAsync("Internal note");
        await lawyer.GetByTestId("comment-body-input").FillAsync("We are reviewing your lease.");
        await lawyer.GetByTestId("add-comment").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("comment")).ToHaveCountAsync(2);
        await lawyer.GetByTestId("person-name").FillAsync("Ahmed Salem");
        await lawyer.GetByTestId("person-role").FillAsync("Landlord");
        await lawyer.GetByTestId("add-person").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("person")).ToContainTextAsync("Ahmed Salem");
        await lawyer.GetByTestId("date-title").FillAsync("Rent due");
        await lawyer.GetByTestId("date-value").FillAsync("2027-03-01");
        await lawyer.GetByTestId("add-date").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("key-date")).ToContainTextAsync("Rent due");
        var hearings = lawyer.GetByTestId("matter-hearings");
        await hearings.GetByText("Add a hearing").First.ClickAsync();
        await lawyer.GetByTestId("hearing-at").FillAsync("2027-02-01T09:00");
        await lawyer.GetByTestId("hearing-court").FillAsync("Rent Dispute Committee");
        await hearings.GetByRole(AriaRole.Checkbox, new() { Name = "Visible to the client" }).SetCheckedOnCircuitAsync(false);
        await lawyer.GetByTestId("add-hearing").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("hearing")).ToContainTextAsync("Rent Dispute Committee");
        await Assertions.Expect(lawyer.GetByTestId("hearing")).ToContainTextAsync("Internal");

        await lawyer.GetByTestId("preview-as-client").ClickAsync();
        await Assertions.Expect(lawyer.GetByTestId("preview-banner")).ToBeVisibleAsync();
        await Assertions.Expect(lawyer.GetByTestId("comment")).ToHaveCountAsync(1);
        await Assertions.Expect(lawyer.GetByTestId("matter-comments")).Not.ToContainTextAsync("settle");
        await Assertions.Expect(lawyer.GetByTestId("matter-hearings")).ToHaveCountAsync(0);
        await lawyer.ScreenshotAsync("matter-preview.en");

        var client = await browser.SignInAsync(app, "client@demo.portal");
        await client.OpenAsync($"/portal/matters/{id}");
        await Assertions.Expect(client.GetByTestId("comment")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("We are reviewing your lease."));
        Assert.DoesNotContain("settle", await client.ContentAsync());
        Assert.DoesNotContain("Internal note", await client.ContentAsync());
        await Assertions.Expect(client.GetByTestId("person")).ToContainTextAsync("Ahmed Salem");
        await Assertions.Expect(client.GetByTestId("key-date")).ToContainTextAsync("Rent due");
        Assert.DoesNotContain("Rent Dispute Committee", await client.ContentAsync());
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
        var id = (await sara.SubmitRequestAsync()).Split('/').Last();
        await sara.ExpectStatusAsync("تم الاستلام");

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

        // The question in one card, answered in one box: an empty answer is refused in Arabic.
        await Assertions.Expect(sara.GetByTestId("information-request")).ToContainTextAsync("طلب منك الفريق القانوني");
        await Assertions.Expect(sara.GetByTestId("information-question")).ToHaveTextAsync("يرجى إرسال نسخة من عقد العمل.");
        await Assertions.Expect(sara.GetByTestId("comment-body-input")).ToHaveCountAsync(0);
        await sara.GetByTestId("answer-send").ClickAsync();
        await Assertions.Expect(sara.GetByTestId("information-request")).ToContainTextAsync("اكتب إجابتك عن السؤال.");
        await sara.GetByTestId("answer-body").FillAsync("أرفقت عقد العمل.");
        await sara.GetByTestId("answer-files").SetInputFilesAsync(BrowserSteps.Pdf("عقد-العمل.pdf"));
        await sara.ScreenshotAsync("information-request.ar");
        await sara.GetByTestId("answer-send").ClickAsync();
        await sara.ExpectStatusAsync("قيد المراجعة");
        await Assertions.Expect(sara.GetByTestId("matter-comments")).ToContainTextAsync("عقد-العمل.pdf");

        await lawyer.OpenAsync($"/team/matters/{id}");
        await lawyer.ExpectStatusAsync("قيد المراجعة");
        await Assertions.Expect(lawyer.GetByTestId("matter-history")).ToContainTextAsync("أرفقت عقد العمل.");
    }
}
