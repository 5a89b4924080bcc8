using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Shell;

// How this reader reads dates: also in the Hijri (Umm al-Qura) calendar or not, and in which time
// zone. Both are cookies (written at sign-in from the person's profile, and by the switches), read
// once per page load and cascaded to every date on the page.
public sealed record CalendarChoice(bool Hijri, TimeZoneInfo Zone)
{
    public const string Cookie = "portal.calendar";
    public const string ZoneCookie = "portal.zone";

    public CalendarChoice(bool hijri) : this(hijri, TimeZoneInfo.Utc) { }

    public static bool HijriFrom(HttpContext? http) => http?.Request.Cookies[Cookie] == "hijri";

    // The zone cookie's id when this server knows it, else the firm's.
    public static string ZoneFrom(HttpContext? http, TimeZoneInfo firm) =>
        http?.Request.Cookies[ZoneCookie] is { } id && ReaderTimeZones.IsKnown(id) ? ReaderTimeZones.Find(id).Id : firm.Id;

    public static void WriteZone(HttpResponse response, string? zone)
    {
        if (zone is { Length: > 0 } && ReaderTimeZones.IsKnown(zone))
            response.Cookies.Append(ZoneCookie, zone,
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        else
            response.Cookies.Delete(ZoneCookie);
    }
}
