namespace WorkflowPortal.Api.Calendar;

// Marker for the calendar's texts (CalendarText.resx, CalendarText.ar.resx).
public sealed class CalendarText;
