using System.Text.RegularExpressions;

namespace WorkflowPortal.Api.Calendar;

// A calendar feed's address is its password, and the host logs the request path (the "Request
// starting" line, and the RequestPath of the scope every line of the request carries). Each
// logger provider is wrapped so that whatever it writes shows /calendar/feed/[redacted] instead.
internal static partial class FeedLogRedaction
{
    public static void RedactFeedTokens(this ILoggingBuilder logging)
    {
        var providers = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList();
        foreach (var descriptor in providers)
        {
            logging.Services.Remove(descriptor);
            logging.Services.Add(ServiceDescriptor.Singleton<ILoggerProvider>(sp => new RedactingProvider(Create(sp, descriptor))));
        }
    }

    public static string Redact(string text) => Search.SearchLogRedaction.Redact(
        text.Contains(CalendarFeedEndpoints.FeedPrefix, StringComparison.OrdinalIgnoreCase) ? Token().Replace(text, CalendarFeedEndpoints.FeedPrefix + "[redacted]") : text);

    static ILoggerProvider Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    // A state with a value to hide becomes its redacted copy; the others pass untouched.
    static object? Redact(object? state)
    {
        if (state is string s) return Redact(s);
        if (state is not IEnumerable<KeyValuePair<string, object?>> pairs) return state;
        var list = pairs.ToList();
        if (!list.Any(p => p.Value is string v && (v.Contains(CalendarFeedEndpoints.FeedPrefix, StringComparison.OrdinalIgnoreCase) || Search.SearchLogRedaction.Applies(v)))) return state;
        return new RedactedState([.. list.Select(p => p.Value is string v ? new KeyValuePair<string, object?>(p.Key, Redact(v)) : p)], Redact(state.ToString() ?? ""));
    }

    sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> pairs, string text) : List<KeyValuePair<string, object?>>(pairs)
    {
        public override string ToString() => text;
    }

    sealed class RedactingProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

        public void SetScopeProvider(IExternalScopeProvider scopeProvider)
        {
            if (inner is ISupportExternalScope external) external.SetScopeProvider(new RedactingScopes(scopeProvider));
        }

        public void Dispose() => inner.Dispose();
    }

    // The host's scope is pushed once and read on every line: redacted when it is read.
    sealed class RedactingScopes(IExternalScopeProvider inner) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope((scope, s) => callback(Redact(scope), s), state);

        public IDisposable Push(object? state) => inner.Push(state);
    }

    sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(Redact(state) ?? state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (Redact(state) is RedactedState redacted) inner.Log(logLevel, eventId, redacted, exception, (s, _) => s.ToString());
            else inner.Log(logLevel, eventId, state, exception, (s, e) => Redact(formatter(s, e)));
        }
    }

    [GeneratedRegex(@"/calendar/feed/[^/?#\s""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Token();
}
