namespace WorkflowPortal.Api.Verification;

// Marker for the verification page's texts (VerifyText.resx, VerifyText.ar.resx).
public sealed class VerifyText;
