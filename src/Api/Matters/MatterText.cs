namespace WorkflowPortal.Api.Matters;

// Marker for the matter pages' texts (MatterText.resx, MatterText.ar.resx).
public sealed class MatterText;
