namespace WorkflowPortal.Api.Localization;

// Marker for MudBlazor's own texts (pager, grid, pickers); the Arabic lives in MudText.ar.resx.
public sealed class MudText;
