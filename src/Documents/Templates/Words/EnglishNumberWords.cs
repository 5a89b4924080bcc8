namespace WorkflowPortal.Documents.Templates.Words;

// Whole numbers in English words, British legal style: "one hundred and twenty thousand".
internal static class EnglishNumberWords
{
    static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    static readonly (long Size, string Name)[] Scales = [(1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

    public static string Words(long value)
    {
        if (value == 0) return Small[0];
        var parts = new List<string>();
        var remaining = value;
        foreach (var (size, name) in Scales)
        {
            var count = remaining / size;
            remaining %= size;
            if (count > 0) parts.Add(Words(count) + " " + name);
        }
        if (remaining > 0)
        {
            var below = Below1000((int)remaining);
            parts.Add(parts.Count > 0 && remaining < 100 ? "and " + below : below);
        }
        return string.Join(" ", parts);
    }

    static string Below1000(int value)
    {
        var hundreds = value / 100;
        var rest = value % 100;
        var tail = rest == 0 ? "" : rest < 20 ? Small[rest] : Tens[rest / 10] + (rest % 10 > 0 ? "-" + Small[rest % 10] : "");
        if (hundreds == 0) return tail;
        return Small[hundreds] + " hundred" + (tail.Length > 0 ? " and " + tail : "");
    }
}
