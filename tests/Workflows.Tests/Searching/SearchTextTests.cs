using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Workflows.Tests.Searching;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Unpaid Invoice", "unpaid invoice")]
    [InlineData("  Café   Déjà-vu ", "cafe deja-vu")]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آمنة", "امنه")]
    [InlineData("مُطَالَبَةٌ", "مطالبه")]
    [InlineData("مـــطالبة", "مطالبه")]
    [InlineData("مستشفى", "مستشفي")]
    public void Folding_ignores_case_accents_alef_forms_harakat_and_tatweel(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Like_characters_in_a_term_are_matched_literally() =>
        Assert.Equal("%50\\% off\\_now%", SearchText.Pattern("50% OFF_now"));
}
