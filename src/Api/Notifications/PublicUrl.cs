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
        app.Use((context, next) =>
        {
            links.PublicUrl ??= $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            return next(context);
        });
    }
}
