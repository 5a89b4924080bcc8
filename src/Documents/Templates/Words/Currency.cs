namespace WorkflowPortal.Documents.Templates.Words;

// How a counted noun is written in Arabic after each kind of number: one (ريال واحد), two
// (ريالان), three to ten (ريالات, plural genitive), eleven to ninety-nine (ريالًا, singular
// accusative) and hundreds or thousands (ريال, singular genitive). Feminine nouns flip the
// gender of the numbers 1-2 and 3-10 (ثلاث هللات, not ثلاثة).
internal sealed record ArabicNoun(string One, string Two, string Few, string Many, string Hundreds, bool Feminine);

internal sealed record Currency(string Code, int Decimals, string EnglishOne, string EnglishMany, string EnglishMinorOne, string EnglishMinorMany,
    ArabicNoun Arabic, ArabicNoun ArabicMinor, string ArabicSymbol)
{
    static readonly ArabicNoun Halala = new("هللة واحدة", "هللتان", "هللات", "هللة", "هللة", Feminine: true);
    static readonly ArabicNoun Fils = new("فلس واحد", "فلسان", "فلوس", "فلسًا", "فلس", Feminine: false);
    static readonly ArabicNoun Cent = new("سنت واحد", "سنتان", "سنتات", "سنتًا", "سنت", Feminine: false);
    static readonly ArabicNoun Piastre = new("قرش واحد", "قرشان", "قروش", "قرشًا", "قرش", Feminine: false);
    static readonly ArabicNoun Baisa = new("بيسة واحدة", "بيستان", "بيسات", "بيسة", "بيسة", Feminine: true);
    static readonly ArabicNoun Dirham = new("درهم واحد", "درهمان", "دراهم", "درهمًا", "درهم", Feminine: false);

    static readonly Dictionary<string, Currency> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SAR"] = new("SAR", 2, "Saudi riyal", "Saudi riyals", "halala", "halalas",
            new("ريال سعودي واحد", "ريالان سعوديان", "ريالات سعودية", "ريالًا سعوديًا", "ريال سعودي", false), Halala, "ريال سعودي"),
        ["AED"] = new("AED", 2, "UAE dirham", "UAE dirhams", "fils", "fils",
            new("درهم إماراتي واحد", "درهمان إماراتيان", "دراهم إماراتية", "درهمًا إماراتيًا", "درهم إماراتي", false), Fils, "درهم إماراتي"),
        ["KWD"] = new("KWD", 3, "Kuwaiti dinar", "Kuwaiti dinars", "fils", "fils",
            new("دينار كويتي واحد", "ديناران كويتيان", "دنانير كويتية", "دينارًا كويتيًا", "دينار كويتي", false), Fils, "دينار كويتي"),
        ["BHD"] = new("BHD", 3, "Bahraini dinar", "Bahraini dinars", "fils", "fils",
            new("دينار بحريني واحد", "ديناران بحرينيان", "دنانير بحرينية", "دينارًا بحرينيًا", "دينار بحريني", false), Fils, "دينار بحريني"),
        ["QAR"] = new("QAR", 2, "Qatari riyal", "Qatari riyals", "dirham", "dirhams",
            new("ريال قطري واحد", "ريالان قطريان", "ريالات قطرية", "ريالًا قطريًا", "ريال قطري", false), Dirham, "ريال قطري"),
        ["OMR"] = new("OMR", 3, "Omani rial", "Omani rials", "baisa", "baisa",
            new("ريال عماني واحد", "ريالان عمانيان", "ريالات عمانية", "ريالًا عمانيًا", "ريال عماني", false), Baisa, "ريال عماني"),
        ["EGP"] = new("EGP", 2, "Egyptian pound", "Egyptian pounds", "piastre", "piastres",
            new("جنيه مصري واحد", "جنيهان مصريان", "جنيهات مصرية", "جنيهًا مصريًا", "جنيه مصري", false), Piastre, "جنيه مصري"),
        ["USD"] = new("USD", 2, "US dollar", "US dollars", "cent", "cents",
            new("دولار أمريكي واحد", "دولاران أمريكيان", "دولارات أمريكية", "دولارًا أمريكيًا", "دولار أمريكي", false), Cent, "دولار أمريكي"),
        ["EUR"] = new("EUR", 2, "euro", "euros", "cent", "cents",
            new("يورو واحد", "يوروان", "يوروهات", "يورو", "يورو", false), Cent, "يورو"),
        ["GBP"] = new("GBP", 2, "pound sterling", "pounds sterling", "penny", "pence",
            new("جنيه إسترليني واحد", "جنيهان إسترلينيان", "جنيهات إسترلينية", "جنيهًا إسترلينيًا", "جنيه إسترليني", false),
            new("بنس واحد", "بنسان", "بنسات", "بنسًا", "بنس", false), "جنيه إسترليني"),
    };

    public static IReadOnlyCollection<string> Codes => Known.Keys;

    public static Currency? Find(string? code) => code is not null && Known.TryGetValue(code.Trim(), out var currency) ? currency : null;
}
