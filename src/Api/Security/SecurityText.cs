namespace WorkflowPortal.Api.Security;

// Marker for SecurityText.resx / SecurityText.ar.resx.
public sealed class SecurityText;
