using Scalar.AspNetCore;

namespace WorkflowPortal.Api.Operations;

internal static class ApiDocs
{
    public static IServiceCollection AddPortalApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "WorkflowPortal API";
                document.Info.Description = "Client portal and legal-team API. Sign in with POST /api/v1/auth/login and send the token as a Bearer header.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(ProblemResponses.DescribeAsync);
        });
        return services;
    }

    // Outside Development the API description is published only when ApiDocs:Enabled is true.
    public static void MapPortalApiDocs(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue("ApiDocs:Enabled", false)) return;
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("WorkflowPortal API"));
    }
}
