using System.Globalization;

namespace WorkflowPortal.Documents.Model;

public enum TextDirection
{
    // Takes the direction from the first strong character (paragraph) or is left to right (document).
    Auto,
    LeftToRight,
    RightToLeft,
}

// Start and End follow the paragraph direction: Start is the right edge in right-to-left text.
public enum TextAlignment
{
    Start,
    End,
    Center,
    Justify,
}

public readonly record struct Color(byte R, byte G, byte B)
{
    public static readonly Color Black = new(0, 0, 0);
    public static readonly Color Gray = new(0x66, 0x66, 0x66);

    // "#1F4E79" or "1F4E79".
    public static Color FromHex(string hex)
    {
        var value = int.Parse(hex.TrimStart('#'), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public string ToHex() => $"{R:X2}{G:X2}{B:X2}";
}

// Overrides on top of the paragraph's style; null means "inherit".
public sealed record SpanStyle(bool? Bold = null, bool? Italic = null, float? Size = null, Color? Color = null)
{
    public static readonly SpanStyle Inherit = new();
}

// A fully resolved text style.
public sealed record TextStyle(IReadOnlyList<string> Families, float Size, bool Bold, bool Italic, Color Color)
{
    // Noto (fonts-noto-core) by default: Amiri looks more classical but shapes about five times
    // slower; choose it per document with TextStyle(s => s with { Families = ["Amiri", ...] }).
    public static readonly TextStyle Default = new(["Noto Sans", "Noto Naskh Arabic"], 11, false, false, Color.Black);

    public TextStyle Apply(SpanStyle span) => this with
    {
        Bold = span.Bold ?? Bold,
        Italic = span.Italic ?? Italic,
        Size = span.Size ?? Size,
        Color = span.Color ?? Color,
    };
}

public readonly record struct PageSize(float Width, float Height)
{
    public static readonly PageSize A4 = new(595.28f, 841.89f);
    public static readonly PageSize Letter = new(612, 792);
}

public readonly record struct Margins(float Top, float Right, float Bottom, float Left)
{
    public static Margins All(float value) => new(value, value, value, value);
}
