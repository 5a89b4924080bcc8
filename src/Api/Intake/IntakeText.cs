namespace WorkflowPortal.Api.Intake;

// Marker for the portal home and request form texts (IntakeText.resx, IntakeText.ar.resx).
public sealed class IntakeText;
