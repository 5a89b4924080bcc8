using WorkflowPortal.Api.Tests.Hosting;

namespace WorkflowPortal.Api.Tests.Processes;

// One app host with a real SMTP server for the pipeline tests (each uses its own workflow keys).
public sealed class PipelineFixture : IAsyncLifetime
{
    public SmtpFixture Smtp { get; } = SmtpFixture.StartNew();

    public PortalApp App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = PortalApp.OnSqlite(Smtp.Settings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
