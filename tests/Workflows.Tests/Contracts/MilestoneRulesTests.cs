using WorkflowPortal.Workflows.Contracts.Milestones;

namespace WorkflowPortal.Workflows.Tests.Contracts;

public sealed class MilestoneRulesTests
{
    static readonly DateTimeOffset Now = new(2027, 3, 10, 9, 0, 0, TimeSpan.Zero);
    static readonly MilestoneDetails Details = new("Second payment", null, new DateOnly(2027, 3, 1), null, 40);

    [Fact]
    public void A_client_added_milestone_is_always_visible_and_marked()
    {
        var milestone = new Milestone(Guid.NewGuid(), Details, visibleToClient: false, addedByClient: true, Guid.NewGuid(), Now);
        Assert.True(milestone.VisibleToClient);
        Assert.True(milestone.AddedByClient);
        Assert.Equal(MilestoneStatus.Open, milestone.Status);
        Assert.Equal(FinancialStatus.NotPaid, milestone.Financial);
    }

    [Fact]
    public void Only_an_open_milestone_past_its_due_date_is_overdue()
    {
        var milestone = new Milestone(Guid.NewGuid(), Details, visibleToClient: false, addedByClient: false, Guid.NewGuid(), Now);
        Assert.False(milestone.VisibleToClient);
        Assert.False(milestone.IsOverdueOn(new DateOnly(2027, 3, 1)));
        Assert.True(milestone.IsOverdueOn(new DateOnly(2027, 3, 2)));
        milestone.Progress(MilestoneStatus.Completed, Now);
        Assert.False(milestone.IsOverdueOn(new DateOnly(2027, 3, 2)));
    }
}
