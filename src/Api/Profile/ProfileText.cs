namespace WorkflowPortal.Api.Profile;

// Marker for the profile page's texts (ProfileText.resx, ProfileText.ar.resx).
public sealed class ProfileText;
