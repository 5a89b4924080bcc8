namespace WorkflowPortal.Api.Operations;

internal static class LoggingSetup
{
    // Structured console logs; scopes carry the request id (and trace id) on every line.
    // Request and response bodies are never logged: they hold passwords, tokens and documents.
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
            builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        else
            builder.Logging.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; });
        // A calendar feed's address is a secret: never written to a log.
        Calendar.FeedLogRedaction.RedactFeedTokens(builder.Logging);
    }
}
