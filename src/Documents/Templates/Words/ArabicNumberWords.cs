namespace WorkflowPortal.Documents.Templates.Words;

// Whole numbers in Arabic words as contracts write them (nominative case), with the number
// agreeing with the counted noun: 3-10 take the opposite gender (ثلاثة ريالات, ثلاث هللات),
// 11-99 an accusative singular noun (أحد عشر ريالًا), hundreds and thousands a genitive
// singular (مائة ريال). Scales are masculine nouns counted the same way (ثلاثة آلاف, أحد عشر ألفًا),
// and a scale that ends the number is annexed to the noun (عشرون ألف ريال, ألفا ريال).
internal static class ArabicNumberWords
{
    sealed record Scale(long Size, string One, string Two, string Few, string Many, string Annexed);

    static readonly Scale[] Scales =
    [
        new(1_000_000_000, "مليار", "ملياران", "مليارات", "مليارًا", "مليار"),
        new(1_000_000, "مليون", "مليونان", "ملايين", "مليونًا", "مليون"),
        new(1_000, "ألف", "ألفان", "آلاف", "ألفًا", "ألف"),
    ];

    // Index = value; for a masculine counted noun 3-10 end in ة.
    static readonly string[] OnesForMasculine = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
    static readonly string[] OnesForFeminine = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
    static readonly string[] Tens = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
    static readonly string[] Hundreds = ["", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"];

    // The amount with its noun: "مائة وعشرون ألف ريال سعودي".
    public static string Counted(long value, ArabicNoun noun)
    {
        if (value == 0) return "صفر " + noun.Hundreds;
        if (value == 1) return noun.One;
        if (value == 2) return noun.Two;
        var rest = value % 100;
        var form = rest switch
        {
            >= 3 and <= 10 => noun.Few,
            >= 11 => noun.Many,
            _ => noun.Hundreds,
        };
        return Words(value, noun.Feminine, annexed: true) + " " + form;
    }

    public static string Words(long value, bool feminine = false, bool annexed = false)
    {
        if (value == 0) return "صفر";
        var parts = new List<string>();
        var remaining = value;
        foreach (var scale in Scales)
        {
            var count = remaining / scale.Size;
            remaining %= scale.Size;
            if (count > 0) parts.Add(ScaleWords(count, scale, annexed && remaining == 0));
        }
        if (remaining > 0) parts.Add(Below1000((int)remaining, feminine));
        return string.Join(" و", parts);
    }

    static string ScaleWords(long count, Scale scale, bool last)
    {
        if (count == 1) return scale.One;
        if (count == 2) return last ? scale.Two[..^1] : scale.Two;
        var rest = count % 100;
        // The count of a scale is itself masculine-counted (ثلاثة آلاف); above 999 it nests (ألف مليون is written مليار).
        var words = count >= 1000 ? Words(count) : Below1000((int)count, feminine: false);
        return rest switch
        {
            >= 3 and <= 10 => words + " " + scale.Few,
            >= 11 => words + " " + (last ? scale.Annexed : scale.Many),
            _ => words + " " + scale.One,
        };
    }

    static string Below1000(int value, bool feminine)
    {
        var hundreds = value / 100;
        var rest = value % 100;
        var parts = new List<string>();
        if (hundreds > 0) parts.Add(Hundreds[hundreds]);
        if (rest > 0) parts.Add(Below100(rest, feminine));
        return string.Join(" و", parts);
    }

    static string Below100(int value, bool feminine)
    {
        var ones = feminine ? OnesForFeminine : OnesForMasculine;
        if (value <= 10) return ones[value];
        if (value == 11) return feminine ? "إحدى عشرة" : "أحد عشر";
        if (value == 12) return feminine ? "اثنتا عشرة" : "اثنا عشر";
        if (value < 20) return ones[value - 10] + (feminine ? " عشرة" : " عشر");
        var unit = value % 10;
        if (unit == 0) return Tens[value / 10];
        var unitWord = unit == 1 ? (feminine ? "إحدى" : "واحد") : ones[unit];
        return unitWord + " و" + Tens[value / 10];
    }
}
