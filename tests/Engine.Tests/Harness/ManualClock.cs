namespace WorkflowPortal.Engine.Tests.Harness;

public sealed class ManualClock : TimeProvider
{
    DateTimeOffset _now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
