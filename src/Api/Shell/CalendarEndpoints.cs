namespace WorkflowPortal.Api.Shell;

internal static class CalendarEndpoints
{
    // A plain GET like the language switch: it reloads the page so that every date follows.
    public static void MapCalendarSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{calendar}", (string calendar, string? returnUrl, HttpContext http) =>
        {
            http.Response.Cookies.Append(CalendarChoice.Cookie, calendar == "hijri" ? "hijri" : "gregorian",
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(WorkflowPortal.Api.Security.LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();
}
