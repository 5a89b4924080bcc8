namespace WorkflowPortal.Api.Notifications;

// Marker for the notification texts (NotificationText.resx, NotificationText.ar.resx).
public sealed class NotificationText;
