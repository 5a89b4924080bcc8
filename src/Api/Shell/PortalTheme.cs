using MudBlazor;

namespace WorkflowPortal.Api.Shell;

internal static class PortalTheme
{
    // Local fonts only: web font services are unreachable on many intranets (and here).
    static readonly string[] Fonts = ["Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Amiri", "Segoe UI", "Tahoma", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f3a5f", Secondary = "#8c6d1f", AppbarBackground = "#1f3a5f" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
