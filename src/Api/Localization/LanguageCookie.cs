using Microsoft.AspNetCore.Localization;

namespace WorkflowPortal.Api.Localization;

// The page language lives in the culture cookie; the switch, the sign-in and the invitation write it.
internal static class LanguageCookie
{
    public static void Write(HttpResponse response, string? language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(LocalizationSetup.Normalize(language))),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
}
