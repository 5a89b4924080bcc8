using System.Text.Json.Serialization;

namespace WorkflowPortal.Api.Access;

internal static class AccessSetup
{
    public static IServiceCollection AddPortalAccess(this IServiceCollection services)
    {
        services.AddScoped<Actors>();
        // Enums travel as their names ("Matter", "SingleChoice"), never as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new WorkflowPortal.Api.Security.CleanText()));
        return services;
    }
}
