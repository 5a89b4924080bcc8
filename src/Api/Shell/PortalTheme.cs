using MudBlazor;

namespace WorkflowPortal.Api.Shell;

internal static class PortalTheme
{
    // Local fonts only: web font services are unreachable on many intranets (and here).
    static readonly string[] Fonts = ["Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Amiri", "Segoe UI", "Tahoma", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        // Status colours dark enough for white text (and as text on white) to reach WCAG AA's 4.5:1:
        // MudBlazor's defaults reach 3.1:1 (info #2196f3), 2.2:1 (success #00c853), 2.2:1 (warning).
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3a5f", Secondary = "#8c6d1f", AppbarBackground = "#1f3a5f",
            TextSecondary = "#5f6368", Info = "#1565c0", Success = "#2e7d32", Warning = "#b45309", Error = "#c62828", Tertiary = "#00695c",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
