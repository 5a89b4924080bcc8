namespace WorkflowPortal.Api.Admin;

// Marker for the administration pages' texts (AdminText.resx, AdminText.ar.resx).
public sealed class AdminText;
