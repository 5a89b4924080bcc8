using System.Text.RegularExpressions;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Tests.Shell;

// Use cases refuse in English; a page shown in Arabic must read the refusal in Arabic. The source
// test reads every sentence a use case or the engine writes into an Error (or a field's message)
// and fails for one ErrorWords cannot put into Arabic, so a new refusal cannot reach an Arabic page
// in English unnoticed.
public sealed partial class ErrorWordsTests
{
    [Fact]
    public void Every_refusal_written_in_the_code_has_its_Arabic()
    {
        var sentences = RefusalsInSource().ToList();
        Assert.True(sentences.Count > 150, $"the scan found only {sentences.Count} sentences: is it still reading src?");

        var missing = sentences.Where(s => ErrorWords.Arabic(s.Sample) is null).Select(s => $"{s.File}: {s.Sample}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Sentences without Arabic in ErrorWords:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void A_value_in_the_sentence_is_carried_over_isolated()
    {
        var arabic = ErrorWords.Message(Error.Invalid("files", "Attach at most 5 files at once."), "ar");

        Assert.Equal("أرفق \u20685\u2069 ملفات على الأكثر في المرة الواحدة.", arabic);
    }

    [Fact]
    public void A_file_name_before_the_sentence_stays_and_the_sentence_is_Arabic()
    {
        var arabic = ErrorWords.First(Error.Invalid("files", "Offer final.docx: The file is empty."), "ar");

        Assert.Equal("\u2068Offer final.docx\u2069: الملف فارغ.", arabic);
    }

    [Fact]
    public void An_unknown_sentence_reads_as_Arabic_for_its_kind_never_English()
    {
        var arabic = ErrorWords.Message(Error.Conflict("new-code", "A sentence nobody translated."), "ar");

        Assert.DoesNotMatch("[A-Za-z]", arabic);
        Assert.Contains("أعد تحميل الصفحة", arabic);
    }

    [Fact]
    public void Bilingual_and_Arabic_sentences_keep_their_Arabic_and_English_readers_read_the_English()
    {
        Assert.Equal("اختر إصدارين مختلفين.", ErrorWords.Arabic("Choose two different versions. / اختر إصدارين مختلفين."));
        Assert.Equal("نوع العقد غير صالح.", ErrorWords.Arabic("نوع العقد غير صالح."));
        var refusal = Error.Invalid("comment", "Say why you reject.");
        Assert.Equal("Say why you reject.", ErrorWords.First(refusal, "en"));
        Assert.Equal("اذكر سبب الرفض.", ErrorWords.First(refusal, "ar"));
    }

    sealed record Refusal(string File, string Sample);

    // Error.Invalid/Forbidden/Conflict/Unauthorized/NotFound(...) with an English literal, the
    // engine's NotFound/Forbidden/Conflict/Invalid records, and `errors["x"] = ["..."]` field
    // messages. Interpolated values become "7" (what a page would show in their place).
    static IEnumerable<Refusal> RefusalsInSource()
    {
        var src = Path.Combine(RepositoryPaths.Root, "src");
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, path);
            if (relative.Contains("/obj/") || relative.Contains("/bin/") || relative.Contains("Migrations/") || relative.EndsWith("ErrorWords.cs")) continue;
            var text = File.ReadAllText(path);

            foreach (Match call in ErrorCall().Matches(text))
            {
                var (arguments, literals) = Arguments(text, call.Index + call.Length);
                if (Bilingual().IsMatch(arguments) || literals.Count == 0) continue;
                if (call.Groups["engine"].Success && literals.Count < 2) continue;
                var sample = Sample(literals[^1]);
                if (call.Groups["kind"].Value == "NotFound" && !call.Groups["engine"].Success) sample += " was not found.";
                if (ArabicLetter().IsMatch(sample) || !Words().IsMatch(sample)) continue;
                yield return new(relative, sample);
            }
            foreach (Match field in FieldMessage().Matches(text))
            {
                var sample = Sample(field.Groups["literal"].Value);
                if (!ArabicLetter().IsMatch(sample)) yield return new(relative, sample);
            }
        }
    }

    // The text up to the call's closing parenthesis, and its string literals ($"..." may hold
    // strings inside its braces, and literals may hold parentheses).
    static (string Text, List<string> Literals) Arguments(string text, int start)
    {
        var literals = new List<string>();
        var depth = 1;
        var end = Math.Min(text.Length, start + 600);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '"' || (c == '$' && i + 1 < end && text[i + 1] == '"'))
            {
                var from = i;
                var interpolated = c == '$';
                i += interpolated ? 2 : 1;
                for (var braces = 0; i < end && (text[i] != '"' || braces > 0); i++)
                {
                    if (text[i] == '\\') i++;
                    else if (interpolated && text[i] == '{') braces++;
                    else if (interpolated && text[i] == '}') braces--;
                    else if (braces > 0 && text[i] == '"') for (i++; i < end && text[i] != '"'; i++) { }
                }
                literals.Add(text[from..Math.Min(end, i + 1)]);
            }
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return (text[start..i], literals);
        }
        return (text[start..end], literals);
    }

    static string Sample(string literal)
    {
        var value = Regex.Unescape(literal[(literal.IndexOf('"') + 1)..^1]);
        return literal.StartsWith('$') ? Interpolation().Replace(value, "7") : value;
    }

    [GeneratedRegex(@"(?:Error\.(?<kind>Invalid|Forbidden|Conflict|Unauthorized|NotFound)|(?<engine>new (?<kind>NotFound|Forbidden|Conflict|Invalid)))\(")]
    private static partial Regex ErrorCall();

    // Arguments that already pick the reader's language.
    [GeneratedRegex(@"Pick\(|\bL\(|\bSay\(|""ar""|\.In\(|Format\(|Describe\(")]
    private static partial Regex Bilingual();

    [GeneratedRegex(@"(?:errors|fields|problems|invalid)\[[^\]]+\]\s*=\s*\[\s*(?<literal>\$?""(?:[^""\\]|\\.)*"")\s*\]")]
    private static partial Regex FieldMessage();

    [GeneratedRegex(@"\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();

    // A sentence, not a field's key ("password") or a message made only of values ("7: 7").
    [GeneratedRegex(@"[A-Za-z]{2,}[^.]*\s[^.]*[A-Za-z]")]
    private static partial Regex Words();
}
