using WorkflowPortal.Documents.Templates;

namespace WorkflowPortal.Documents.Tests.Templates;

// What a reader of the contract sees: amounts in words, money, dates, digits, clauses.
public sealed class ContractWordingTests
{
    static readonly RenderSettings Arabic = new("ar");
    static readonly RenderSettings ArabicDigits = new("ar", DigitStyle.ArabicIndic);

    [Theory]
    [InlineData(120000, "مائة وعشرون ألف ريال سعودي")]
    [InlineData(1, "ريال سعودي واحد")]
    [InlineData(2, "ريالان سعوديان")]
    [InlineData(3, "ثلاثة ريالات سعودية")]
    [InlineData(11, "أحد عشر ريالًا سعوديًا")]
    [InlineData(25, "خمسة وعشرون ريالًا سعوديًا")]
    [InlineData(100, "مائة ريال سعودي")]
    [InlineData(2000, "ألفا ريال سعودي")]
    [InlineData(3500, "ثلاثة آلاف وخمسمائة ريال سعودي")]
    [InlineData(15000, "خمسة عشر ألف ريال سعودي")]
    [InlineData(21000, "واحد وعشرون ألف ريال سعودي")]
    [InlineData(1250000, "مليون ومائتان وخمسون ألف ريال سعودي")]
    [InlineData(3000000, "ثلاثة ملايين ريال سعودي")]
    [InlineData(1500.50, "ألف وخمسمائة ريال سعودي وخمسون هللة")]
    [InlineData(10.03, "عشرة ريالات سعودية وثلاث هللات")]
    [InlineData(7.11, "سبعة ريالات سعودية وإحدى عشرة هللة")]
    public void Arabic_amounts_in_words_agree_with_the_currency(double amount, string expected) =>
        Assert.Equal(expected, Render("{{ fee | in_words: 'SAR' }}", amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Arabic));

    [Theory]
    [InlineData(120000, "one hundred and twenty thousand Saudi riyals")]
    [InlineData(1, "one Saudi riyal")]
    [InlineData(1250.75, "one thousand two hundred and fifty Saudi riyals and seventy-five halalas")]
    [InlineData(1000005, "one million and five Saudi riyals")]
    public void English_amounts_in_words(double amount, string expected) =>
        Assert.Equal(expected, Render("{{ fee | in_words: 'SAR' }}", amount.ToString(System.Globalization.CultureInfo.InvariantCulture), RenderSettings.Default));

    [Fact]
    public void Money_has_thousands_separators_the_currency_and_the_template_digits()
    {
        Assert.Equal("SAR 120,000.00", Render("{{ fee | money: 'SAR' }}", "120000", RenderSettings.Default));
        Assert.Equal("120,000.00 ريال سعودي", Render("{{ fee | money: 'SAR' }}", "120000", Arabic));
        Assert.Equal("١٢٠٬٠٠٠٫٠٠ ريال سعودي", Render("{{ fee | money: 'SAR' }}", "120000", ArabicDigits));
        Assert.Equal("KWD 1,500.250", Render("{{ fee | money: 'KWD' }}", "1500.25", RenderSettings.Default));
    }

    [Fact]
    public void Dates_read_as_a_lawyer_writes_them_with_the_hijri_date_when_asked()
    {
        Assert.Equal("15 January 2027", Render("{{ fee | long_date }}", "2027-01-15", RenderSettings.Default));
        Assert.Equal("15 يناير 2027", Render("{{ fee | long_date }}", "2027-01-15", Arabic));
        Assert.Equal("١٥ يناير ٢٠٢٧", Render("{{ fee | long_date }}", "2027-01-15", ArabicDigits));
        Assert.Equal("15 يناير 2027م الموافق 7 شعبان 1448هـ", Render("{{ fee | long_date: 'hijri' }}", "2027-01-15", Arabic));
        Assert.Equal("15 January 2027 (7 Shaban 1448 AH)", Render("{{ fee | long_date: 'hijri' }}", "2027-01-15", RenderSettings.Default));
    }

    [Fact]
    public void A_filter_given_the_wrong_kind_of_value_is_an_error_with_its_line()
    {
        var result = Compile("Fee\n\n{{ fee | money: 'SAR' }}").RenderMarkdown(new Dictionary<string, object?> { ["fee"] = "a lot" }, Arabic);
        Assert.Equal(3, result.Error!.Line);
        Assert.Contains("money needs a number", result.Error.Message);
    }

    [Fact]
    public void A_questionnaire_condition_hides_an_optional_clause()
    {
        var clauses = new Dictionary<string, ContractTemplate> { ["nonCompete"] = Compile("## Non-compete\n\n{{ party }} shall not compete for {{ months }} months.") };
        var template = Compile("# Agreement\n\n{% if nonCompeteWanted == 'yes' %}{% clause 'nonCompete' %}{% endif %}\n\nSigned.");
        var settings = new RenderSettings(Clauses: clauses);

        var with = template.RenderMarkdown(new Dictionary<string, object?> { ["nonCompeteWanted"] = "yes", ["party"] = "Acme", ["months"] = "12" }, settings);
        var without = template.RenderMarkdown(new Dictionary<string, object?> { ["nonCompeteWanted"] = "no", ["party"] = "Acme", ["months"] = null }, settings);

        Assert.Contains("## Non-compete", with.Value);
        Assert.Contains("shall not compete for", with.Value);
        Assert.DoesNotContain("Non-compete", without.Value);
        Assert.Contains("Signed.", without.Value);
    }

    [Fact]
    public void An_unknown_clause_is_an_error_and_references_are_listed_with_their_lines()
    {
        var source = "# A\n\n{% clause 'missing' %}";
        Assert.Equal([("missing", 3)], ContractTemplate.ClauseReferences(source));
        var result = Compile(source).RenderMarkdown(new Dictionary<string, object?>(), RenderSettings.Default);
        Assert.Contains("'missing' is not in the clause library", result.Error!.Message);
    }

    static string Render(string source, string value, RenderSettings settings)
    {
        var result = Compile(source).RenderMarkdown(new Dictionary<string, object?> { ["fee"] = value }, settings);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!.Replace("\u2068", "").Replace("\u2069", "").Replace("\\", "").Trim();
    }

    static ContractTemplate Compile(string source)
    {
        var result = ContractTemplate.Compile(source);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }
}
