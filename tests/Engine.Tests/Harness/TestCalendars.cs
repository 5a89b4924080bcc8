using WorkflowPortal.Engine.Deadlines;

namespace WorkflowPortal.Engine.Tests.Harness;

public sealed class TestCalendars : IWorkingCalendarSource
{
    public WorkingCalendar Current { get; set; } = WorkingCalendar.MondayToFriday;
}
