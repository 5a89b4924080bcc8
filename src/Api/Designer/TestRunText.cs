namespace WorkflowPortal.Api.Designer;

// Marker for the designer's test-run texts (TestRunText.resx, TestRunText.ar.resx).
public sealed class TestRunText;
