namespace WorkflowPortal.Api.Localization;

internal static class LanguageEndpoints
{
    // A plain GET target so that the switch works on static pages and interactive ones alike.
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            LanguageCookie.Write(http.Response, language);
            // Only local paths: the switch must not become an open redirect.
            return Results.LocalRedirect(WorkflowPortal.Api.Security.LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();
}
