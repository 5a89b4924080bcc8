using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Workflows.Tests.Matters;

public sealed class ResponseClockTests
{
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Time_waiting_on_the_requester_moves_the_due_date_back()
    {
        var clock = ResponseClock.Start(Monday, 48);
        Assert.Equal(Monday.AddHours(48), clock.DueAt(Monday));

        var paused = clock.Pause(Monday.AddHours(10));
        Assert.True(paused.IsPaused);
        Assert.Equal(Monday.AddHours(48 + 5), paused.DueAt(Monday.AddHours(15)));
        Assert.False(paused.IsOverdue(Monday.AddHours(100)));

        var resumed = paused.Resume(Monday.AddHours(34));
        Assert.Equal(Monday.AddHours(48 + 24), resumed.DueAt(Monday.AddHours(40)));
        Assert.False(resumed.IsOverdue(Monday.AddHours(71)));
        Assert.True(resumed.IsOverdue(Monday.AddHours(73)));
    }

    [Fact]
    public void Once_answered_the_clock_is_never_overdue_and_does_not_pause()
    {
        var answered = ResponseClock.Start(Monday, 48).Responded(Monday.AddHours(3));

        Assert.Equal(Monday.AddHours(3), answered.RespondedAt);
        Assert.False(answered.IsOverdue(Monday.AddDays(30)));
        Assert.False(answered.Pause(Monday.AddHours(5)).IsPaused);
    }

    [Fact]
    public void A_request_type_without_a_target_has_no_due_date() =>
        Assert.Null(ResponseClock.Start(Monday, null).DueAt(Monday.AddDays(1)));
}
