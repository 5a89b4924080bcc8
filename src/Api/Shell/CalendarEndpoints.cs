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

    // The time zone the pages show moments in; an empty or unknown zone goes back to the firm's.
    public static void MapTimeZoneSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/timezone", (string? zone, string? returnUrl, HttpContext http) =>
        {
            CalendarChoice.WriteZone(http.Response, zone);
            return Results.LocalRedirect(WorkflowPortal.Api.Security.LocalUrl.OrRoot(returnUrl));
        }).ExcludeFromDescription();
}
