using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Notifications;

public sealed record RenderedEmail(string Subject, string Html, string Text);

// Renders an email from its Liquid message file (subject --- paragraphs --- action label --- footer)
// in the recipient's language, then wraps it in the HTML layout (dir="rtl" for Arabic) and the
// plain-text layout. Values are encoded by Fluid in the HTML part, never pasted in raw.
public sealed class EmailTemplates
{
    public const string Product = "WorkflowPortal";
    static readonly FluidParser Parser = new();

    // {{ name | isolate }}: a value inserted into a sentence keeps its own direction (Texts.Bidi).
    static readonly TemplateOptions Options = CreateOptions();

    // The default encoder writes every Arabic letter as an entity; all of Unicode may stay as is.
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new();
    readonly ConcurrentDictionary<string, IFluidTemplate[]> _sections = new();

    public RenderedEmail Render(string name, string language, IReadOnlyDictionary<string, string> values, string? actionUrl)
    {
        language = language == "ar" ? "ar" : "en";
        var model = new TemplateContext(Options);
        foreach (var (key, value) in values) model.SetValue(key, value);
        model.SetValue("product", Product);

        // The source is split before rendering: a "---" line in a value (a comment, a subject) stays text.
        var sections = Sections($"{name}.{language}.liquid").Select(t => t.Render(model, NullEncoder.Default)).ToArray();
        var subject = sections[0].Trim();
        var paragraphs = sections[1].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // The HTML part: isolates become <bdi>, a paragraph's lines (a submission's fields) stay lines.
        var htmlParagraphs = paragraphs.Select(p => Bidi.Html(p).Replace("\n", "<br>\n", StringComparison.Ordinal)).ToArray();

        var layout = new TemplateContext();
        layout.SetValue("lang", language);
        layout.SetValue("dir", language == "ar" ? "rtl" : "ltr");
        layout.SetValue("align", language == "ar" ? "right" : "left");
        layout.SetValue("product", Product);
        layout.SetValue("subject", subject);
        layout.SetValue("paragraphs", paragraphs);
        layout.SetValue("html_paragraphs", htmlParagraphs);
        layout.SetValue("action_label", sections[2].Trim());
        // Liquid treats "" as true: without a link the variable must stay nil.
        if (actionUrl is not null) layout.SetValue("action_url", actionUrl);
        layout.SetValue("footer", sections[3].Trim());
        var html = Template("layout.html.liquid").Render(layout, Html);
        var text = Template("layout.txt.liquid").Render(layout, NullEncoder.Default);
        return new RenderedEmail(subject, html, text.Replace("\r\n", "\n").Trim() + "\n");
    }

    // Moments in emails: Gregorian in both languages ("ar" does not switch to the Hijri calendar),
    // in the reader's time zone, named.
    public static string FormatDate(DateTimeOffset moment, string language, TimeZoneInfo zone) =>
        People.ReaderTimeZones.Format(moment, zone, PortalCultures.For(language));

    static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.Filters.AddFilter("isolate", static (input, _, _) => new StringValue(Bidi.Isolate(input.ToStringValue())));
        return options;
    }

    IFluidTemplate Template(string file) => _cache.GetOrAdd(file, static f => Parse(f, Source(f)));

    IFluidTemplate[] Sections(string file) => _sections.GetOrAdd(file, static f =>
    {
        var parts = Source(f).Split("\n---\n");
        if (parts.Length != 4) throw new InvalidOperationException($"Email template {f} must have 4 sections.");
        return [.. parts.Select(p => Parse(f, p))];
    });

    static string Source(string file)
    {
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream("email/" + file)
            ?? throw new InvalidOperationException($"Email template {file} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    static IFluidTemplate Parse(string file, string source) => Parser.TryParse(source, out var template, out var error)
        ? template
        : throw new InvalidOperationException($"Email template {file}: {error}");
}
