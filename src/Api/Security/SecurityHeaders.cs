using Microsoft.AspNetCore.HttpOverrides;
using System.Net;

namespace WorkflowPortal.Api.Security;

// Headers on every response, forwarded headers from configured proxies, HSTS outside Development.
// The CSP allows only our own scripts (Blazor, MudBlazor and the diagram library are files we
// serve); inline styles stay allowed because MudBlazor sets style attributes; the QR code and
// drawn signatures are data: images. /scalar brings its own inline scripts and is left out.
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UsePortalSecurityHeaders(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length > 0)
        {
            var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            app.UseForwardedHeaders(options);
        }
        if (!app.Environment.IsDevelopment()) app.UseHsts();

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (!context.Request.Path.StartsWithSegments("/scalar")) headers.ContentSecurityPolicy = Policy;
            context.Response.OnStarting(() =>
            {
                // What a signed-in person receives from the API (downloads included) is never kept by a cache.
                if (context.Request.Path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true)
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
