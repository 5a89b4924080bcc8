using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using MudBlazor;

namespace WorkflowPortal.Api.Localization;

internal static class LocalizationSetup
{
    public static readonly string[] Languages = ["en", "ar"];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudLocalizer, PortalMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            // "ar" formats dates in the Gregorian calendar ("ar-SA" would switch to Hijri), numbers as PortalCultures says.
            var cultures = Languages.Select(WorkflowPortal.Workflows.Texts.PortalCultures.For).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Without this, every Arabic letter is rendered as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    public static void UsePortalLocalization(this WebApplication app) => app.UseRequestLocalization();

    public static string Normalize(string? language) =>
        Languages.Contains(language) ? language! : "en";
}
