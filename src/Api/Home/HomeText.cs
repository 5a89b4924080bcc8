namespace WorkflowPortal.Api.Home;

// Marker for the home pages' texts (HomeText.resx, HomeText.ar.resx).
public sealed class HomeText;
