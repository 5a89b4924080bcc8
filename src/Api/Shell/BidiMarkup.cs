using Microsoft.AspNetCore.Components;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Api.Shell;

// Pages' side of Texts.Bidi: a localized sentence with a name, title or reference inserted shows
// each inserted value in a <bdi>, so that "Delta Foods Co." keeps its period inside an Arabic line.
public static class BidiMarkup
{
    // A text that may carry isolates (a notification): encoded, each isolate a <bdi>.
    public static MarkupString Text(string text) => new(Bidi.Html(text));

    // @BidiMarkup.Format(T["PreviewBanner"], name)
    public static MarkupString Format(string format, params object?[] arguments) => new(Bidi.Html(Bidi.Format(format, arguments)));
}
