using Microsoft.Extensions.Options;
using WorkflowPortal.Workflows.Notifications;

namespace WorkflowPortal.Api.Notifications;

// Without Portal:PublicUrl, links in emails use the address the portal was first reached at.
internal static class PublicUrl
{
    public static void UsePublicUrlFromRequests(this WebApplication app)
    {
        var links = app.Services.GetRequiredService<IOptions<PortalLinks>>().Value;
        if (links.PublicUrl is not null) return;
        if (!app.Environment.IsDevelopment())
            app.Logger.LogWarning("Portal:PublicUrl is not set: links in emails use the address of the first request. Set it.");
        app.Use((context, next) =>
        {
            // Health probes come from inside the network, under an address people cannot open.
            if (!context.Request.Path.StartsWithSegments("/health"))
                links.PublicUrl ??= $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            return next(context);
        });
    }
}
