using System.Globalization;
using System.Text;

namespace WorkflowPortal.Workflows.Searching;

// The one search rule: a term matches when its folded form occurs in the folded words of a row.
// Folding ignores case and accents in both languages: "Unpaid" = "unpaid", "café" = "cafe", and in
// Arabic the alef forms (أ إ آ ٱ) = ا, ة = ه, ى = ي, with tatweel and harakat dropped.
public static class SearchText
{
    public const string Column = "SearchText";
    public const int MaxLength = 1000;

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        // Decomposition splits a letter from its accent or hamza (أ = ا + hamza above), so dropping
        // the non-spacing marks folds Latin accents, Arabic harakat and the alef forms at once.
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            var folded = c switch
            {
                '\u0640' => '\0',            // tatweel
                '\u0671' => '\u0627',        // alef wasla
                '\u0629' => '\u0647',        // teh marbuta -> heh
                '\u0649' => '\u064A',        // alef maksura -> yeh
                _ => char.ToLowerInvariant(c),
            };
            if (folded == '\0') continue;
            if (char.IsWhiteSpace(folded))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(folded);
        }
        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    // A LIKE pattern for "contains the folded term", with LIKE's own characters escaped.
    public static string? Pattern(string? term)
    {
        var folded = Fold(term);
        if (folded.Length == 0) return null;
        return "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
    }

    public const string Escape = "\\";
}
