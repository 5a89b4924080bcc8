using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using WorkflowPortal.Documents.Model;
using WorkflowPortal.Documents.Templates.Words;

namespace WorkflowPortal.Documents.Templates;

// A contract template: Liquid (Fluid) that produces a small Markdown subset (headings,
// paragraphs, lists, bold/italic, tables), turned into the document model. Compile once and
// render many times; a compiled template is safe to share between threads.
// {% clause "key" %} inserts a clause of the library (compiled separately, see RenderSettings)
// with the same answers; the filters in Words/TemplateFilters write money, words and dates.
public sealed partial class ContractTemplate
{
    const string DepthKey = "wp.clause-depth";
    const int MaxClauseDepth = 5;
    static readonly FluidParser Parser = CreateParser();

    readonly IFluidTemplate template;
    readonly string source;

    ContractTemplate(IFluidTemplate template, string source)
    {
        this.template = template;
        this.source = source;
    }

    public static TemplateResult<ContractTemplate> Compile(string source)
    {
        if (Parser.TryParse(source, out var parsed, out var error))
        {
            return TemplateResult<ContractTemplate>.Success(new ContractTemplate(parsed, source));
        }
        var position = ParsePosition().Match(error);
        var line = position.Success ? int.Parse(position.Groups["line"].Value, CultureInfo.InvariantCulture) : 1;
        var message = error.Split('\n')[0].Trim();
        return TemplateResult<ContractTemplate>.Failure(new TemplateError(line, message));
    }

    // The clauses this source inserts, with the line of each reference.
    public static IReadOnlyList<(string Key, int Line)> ClauseReferences(string source) =>
        ClauseTag().Matches(source).Select(m => (m.Groups["key"].Value, source.AsSpan(0, m.Index).Count('\n') + 1)).ToList();

    // The Markdown the template produces for these answers, fields already isolated and escaped.
    public TemplateResult<string> RenderMarkdown(IReadOnlyDictionary<string, object?> answers, RenderSettings? settings = null)
    {
        var options = new TemplateOptions { StrictFilters = true, CultureInfo = CultureInfo.InvariantCulture, MaxSteps = 1_000_000 };
        TemplateFilters.AddTo(options.Filters);
        string? undefined = null;
        options.Undefined = name =>
        {
            undefined ??= name;
            return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        };
        var context = new TemplateContext(options);
        context.AmbientValues[TemplateFilters.SettingsKey] = settings ?? RenderSettings.Default;
        foreach (var (name, value) in answers)
        {
            context.SetValue(name, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }
        string output;
        try
        {
            output = template.Render(context, FieldEncoder.Instance);
        }
        catch (FilterException exception)
        {
            return TemplateResult<string>.Failure(new TemplateError(LineOf(exception.Filter, filter: true), exception.Message));
        }
        catch (Exception exception) when (exception is FluidException or ClauseException)
        {
            var name = QuotedName().Match(exception.Message);
            return TemplateResult<string>.Failure(new TemplateError(name.Success ? LineOf(name.Groups["name"].Value) : 1, exception.Message));
        }
        return undefined is null
            ? TemplateResult<string>.Success(output)
            : TemplateResult<string>.Failure(new TemplateError(LineOf(undefined), $"Unknown variable '{undefined}': it is not among the questionnaire answers."));
    }

    // Renders the template into a document; configure sets title, direction, header and footer.
    public TemplateResult<Document> Render(IReadOnlyDictionary<string, object?> answers, Action<DocumentBuilder>? configure = null,
        RenderSettings? settings = null) =>
        RenderMarkdown(answers, settings).Match(
            markdown => TemplateResult<Document>.Success(Document.Create(d =>
            {
                configure?.Invoke(d);
                d.Content(c => MarkdownDocument.AddTo(c, markdown));
            })),
            TemplateResult<Document>.Failure);

    static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        parser.RegisterExpressionTag("clause", RenderClauseAsync);
        return parser;
    }

    // A clause is a block of its own: blank lines around it keep its headings and lists intact.
    static async ValueTask<Completion> RenderClauseAsync(Expression expression, TextWriter writer, System.Text.Encodings.Web.TextEncoder encoder,
        TemplateContext context)
    {
        var key = (await expression.EvaluateAsync(context)).ToStringValue();
        var settings = TemplateFilters.SettingsOf(context);
        if (settings.Clauses is null || !settings.Clauses.TryGetValue(key, out var clause))
            throw new ClauseException($"The clause '{key}' is not in the clause library.");
        var depth = context.AmbientValues.TryGetValue(DepthKey, out var value) && value is int d ? d : 0;
        if (depth >= MaxClauseDepth) throw new ClauseException($"The clause '{key}' inserts clauses more than {MaxClauseDepth} levels deep.");
        context.AmbientValues[DepthKey] = depth + 1;
        await writer.WriteAsync("\n\n");
        await clause.template.RenderAsync(writer, encoder, context);
        await writer.WriteAsync("\n\n");
        context.AmbientValues[DepthKey] = depth;
        return Completion.Normal;
    }

    // The first line where the name appears inside a Liquid tag or output.
    int LineOf(string name, bool filter = false)
    {
        var pattern = new Regex(@"(\{\{|\{%)[^}]*?" + (filter ? @"\|\s*" : @"\b") + Regex.Escape(name) + @"\b", RegexOptions.Singleline);
        var match = pattern.Match(source);
        return match.Success ? source.AsSpan(0, match.Index).Count('\n') + 1 : 1;
    }

    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex ParsePosition();

    [GeneratedRegex(@"\{%-?\s*clause\s+[""'](?<key>[^""']+)[""']")]
    private static partial Regex ClauseTag();

    [GeneratedRegex(@"'(?<name>[^']+)'")]
    private static partial Regex QuotedName();
}

internal sealed class ClauseException(string message) : Exception(message);
