namespace WorkflowPortal.Api.Tests.Hosting;

// Real time plus an offset the test moves forward: token expiry can be tested without waiting,
// while everything that polls (the outbox dispatcher) keeps running at normal speed.
public sealed class TestClock : TimeProvider
{
    TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
