namespace WorkflowPortal.Api.Templates;

// Marker for the template studio's texts (TemplateStudioText.resx, TemplateStudioText.ar.resx).
public sealed class TemplateStudioText;
