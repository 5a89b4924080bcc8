namespace WorkflowPortal.Api.Shell;

// Whether dates also show in the Hijri (Umm al-Qura) calendar. Chosen per browser with a cookie,
// read once per page load and cascaded to every date on the page.
public sealed record CalendarChoice(bool Hijri)
{
    public const string Cookie = "portal.calendar";

    public static CalendarChoice From(HttpContext? http) => new(http?.Request.Cookies[Cookie] == "hijri");
}
