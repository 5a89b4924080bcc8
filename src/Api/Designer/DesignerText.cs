namespace WorkflowPortal.Api.Designer;

// Marker for the workflow designer's texts (DesignerText.resx, DesignerText.ar.resx).
public sealed class DesignerText;
