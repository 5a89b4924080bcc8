using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Workflows.Tests.Notifications;

public sealed class EmailTemplateTests
{
    static readonly EmailTemplates Templates = new();

    [Theory]
    [InlineData("invitation")]
    [InlineData("password-reset")]
    [InlineData("confirm-email")]
    [InlineData("notification")]
    public void Every_email_has_an_arabic_right_to_left_version_and_an_english_one(string template)
    {
        var values = new Dictionary<string, string> { ["name"] = "Huda", ["inviter"] = "Layla", ["expires"] = "1 December 2026", ["title"] = "T", ["body"] = "B" };

        var arabic = Templates.Render(template, "ar", values, "https://portal.example/x");
        var english = Templates.Render(template, "en", values, "https://portal.example/x");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic.Html);
        Assert.Matches("[\u0621-\u064A]{3}", arabic.Html);
        Assert.DoesNotContain("&#x6", arabic.Html);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english.Html);
        Assert.Contains("https://portal.example/x", arabic.Text);
        Assert.NotEqual(arabic.Text, english.Text);
        Assert.DoesNotContain("{{", arabic.Html + english.Html + arabic.Text + english.Text);
    }

    [Fact]
    public void A_name_with_markup_is_encoded_in_the_html_part_and_left_as_typed_in_the_text_part()
    {
        var email = Templates.Render("invitation", "en",
            new Dictionary<string, string> { ["name"] = "<script>alert(1)</script>", ["inviter"] = "A & B", ["expires"] = "soon" }, null);

        Assert.DoesNotContain("<script>", email.Html);
        Assert.Contains("&lt;script&gt;", email.Html);
        Assert.Contains("<script>alert(1)</script>", email.Text);
        Assert.DoesNotContain("href=", email.Html);
    }

    [Fact]
    public void Failed_sends_back_off_exponentially_up_to_the_cap_and_stop_after_the_last_attempt()
    {
        var options = new EmailOptions { RetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromSeconds(35), MaxAttempts = 4 };
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        var message = OutboxMessage.Compose("a@b.example", "A", "en", new RenderedEmail("S", "<p>H</p>", "T"), now);

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            message.Claim(now, options.Lease);
            message.MarkFailed("down", now, options);
            delays.Add(message.NextAttemptAt - now);
        }
        message.Claim(now, options.Lease);
        message.MarkFailed("still down", now, options);

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(35)], delays);
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal("still down", message.LastError);
    }
}
