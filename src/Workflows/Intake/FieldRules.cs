using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.Intake;

// The per-type checks of one visible, non-empty field. Returns the canonical values.
internal static class FieldRules
{
    const int DefaultTextMax = 500;
    const int DefaultLongTextMax = 10_000;
    static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);
    static readonly Regex PhoneShape = new(@"^\+?[0-9 ()\-]{6,24}$", RegexOptions.CultureInvariant);

    public static Result<IReadOnlyList<string>> Check(FieldDefinition field, List<string> values, string label, string language)
    {
        Error Fail(string code, params object[] args) =>
            Error.Invalid(field.Key, FormMessages.Format(code, language, [label, .. args]));

        var multi = field.Type is FieldType.MultipleChoice or FieldType.Files;
        if (!multi && values.Count > 1) return Fail("single");
        var value = values[0];

        switch (field.Type)
        {
            case FieldType.Text or FieldType.LongText or FieldType.RelatedPerson:
                var max = field.MaxLength ?? (field.Type == FieldType.LongText ? DefaultLongTextMax : DefaultTextMax);
                if (field.MinLength is { } min && value.Length < min) return Fail("too_short", min);
                if (value.Length > max) return Fail("too_long", max);
                if (field.Pattern is { Length: > 0 } pattern && !Matches(pattern, value)) return Fail("pattern");
                return One(value);

            case FieldType.Number or FieldType.Money:
                if (!decimal.TryParse(value, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
                    return Fail(field.Type == FieldType.Money ? "money" : "number");
                if (field.Type == FieldType.Money && (number < 0 || number.Scale > 2 && decimal.Round(number, 2) != number))
                    return Fail("money");
                if (field.Min is { } low && number < low) return Fail("below_min", low.ToString(CultureInfo.InvariantCulture));
                if (field.Max is { } high && number > high) return Fail("above_max", high.ToString(CultureInfo.InvariantCulture));
                return One(number.ToString(CultureInfo.InvariantCulture));

            case FieldType.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? One(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : Fail("date");

            case FieldType.SingleChoice or FieldType.MultipleChoice:
                if (values.Any(v => field.Options.All(o => o.Value != v))) return Fail("choice");
                if (values.Distinct().Count() != values.Count) return Fail("duplicate_choice");
                return values;

            case FieldType.YesNo:
                return value.ToLowerInvariant() switch
                {
                    "true" or "yes" or "1" => One("true"),
                    "false" or "no" or "0" => One("false"),
                    _ => Fail("yes_no"),
                };

            case FieldType.Email:
                return value.Length <= 254 && !value.Contains(' ') && MailAddress.TryCreate(value, out var address) && address.Address == value
                    ? One(value)
                    : Fail("email");

            case FieldType.Phone:
                return PhoneShape.IsMatch(value) && value.Count(char.IsAsciiDigit) >= 6 ? One(value) : Fail("phone");

            case FieldType.Files:
                if (values.Any(v => !Guid.TryParse(v, out _))) return Fail("file_id");
                if (field.Max is { } most && values.Count > most) return Fail("too_many_files", (int)most);
                return values.Select(v => Guid.Parse(v).ToString()).Distinct().ToList();

            default:
                throw new InvalidOperationException($"Field type {field.Type} has no rule.");
        }
    }

    static Result<IReadOnlyList<string>> One(string value) => new List<string> { value };

    static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological pattern must not hang a request; treat as not matching.
            return false;
        }
    }
}
