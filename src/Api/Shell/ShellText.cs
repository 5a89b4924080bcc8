namespace WorkflowPortal.Api.Shell;

// Marker for the shell's texts (ShellText.resx, ShellText.ar.resx).
public sealed class ShellText;
