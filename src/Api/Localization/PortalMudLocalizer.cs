using Microsoft.Extensions.Localization;
using MudBlazor;

namespace WorkflowPortal.Api.Localization;

// MudBlazor ships English only; this answers its keys from MudText.*.resx for the current culture.
internal sealed class PortalMudLocalizer(IStringLocalizer<MudText> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];

    public override LocalizedString this[string key, params object[] arguments] => texts[key, arguments];
}
