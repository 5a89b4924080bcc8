using System.Net;
using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Shell;

// An address nothing serves: a page in the reader's language with a way back for people, a
// problem for the API; both HTTP 404.
public sealed class NotFoundTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("en", "Page not found", "Back to the home page")]
    [InlineData("ar", "الصفحة غير موجودة", "العودة إلى الصفحة الرئيسية")]
    public async Task An_unknown_address_is_a_not_found_page_in_the_readers_language(string language, string title, string back)
    {
        using var http = _app.CreateClient(new() { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");

        var response = await http.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{language}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\"", html);
        Assert.Contains(title, html);
        Assert.Contains($"<a href=\"/\" data-testid=\"back-home\">{back}</a>", html);
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_problem_not_a_page()
    {
        using var http = _app.CreateClient();

        var response = await http.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
