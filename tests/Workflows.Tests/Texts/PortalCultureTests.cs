using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Tests.Texts;

// One number and date format per language: an Arabic reader sees 120,000.00 with Latin digits and
// separators (not 120٬000٫00, whose decimal mark reads as a comma) and Gregorian month names in Arabic.
public sealed class PortalCultureTests
{
    [Theory]
    [InlineData("en", "120,000.00")]
    [InlineData("ar", "120,000.00")]
    public void Amounts_read_the_same_in_both_languages(string language, string expected) =>
        Assert.Equal(expected, 120000m.ToString("N2", PortalCultures.For(language)));

    [Fact]
    public void Arabic_dates_stay_Gregorian_with_Arabic_month_names_and_Latin_digits()
    {
        var day = new DateTime(2027, 1, 15);

        Assert.Equal("15 يناير 2027", day.ToString("d MMMM yyyy", PortalCultures.Arabic));
        Assert.Equal("15 January 2027", day.ToString("d MMMM yyyy", PortalCultures.English));
    }
}
