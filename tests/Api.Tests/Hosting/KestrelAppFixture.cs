namespace WorkflowPortal.Api.Tests.Hosting;

// One app on a real port for a whole test class, when its tests do not interfere with each other.
public sealed class KestrelAppFixture : IAsyncLifetime
{
    public PortalApp App { get; } = PortalApp.OnSqlite(kestrel: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
