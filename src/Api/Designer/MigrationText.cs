namespace WorkflowPortal.Api.Designer;

// Marker for the migration and change-log texts (MigrationText.resx, MigrationText.ar.resx).
public sealed class MigrationText;
