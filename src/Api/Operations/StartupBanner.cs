using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WorkflowPortal.Workflows.Demo;

namespace WorkflowPortal.Api.Operations;

// What a newcomer needs after `dotnet run`: where to go and how to sign in.
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var seed = app.Services.GetRequiredService<SeedOptions>();
        var lines = new List<string> { "", "WorkflowPortal is running." };
        lines.AddRange(addresses.Select(a => $"  Open {a}/account/sign-in"));
        if (seed.Demo)
        {
            lines.Add("  Demo accounts:");
            lines.Add($"    {seed.AdminEmail,-28} {seed.AdminPassword ?? SeedOptions.DefaultAdminPassword,-18} Admin");
            lines.AddRange(DemoAccounts.All.Select(a => $"    {a.Email,-28} {SeedOptions.DemoPassword,-18} {a.Role}"));
        }
        lines.Add("");
        // Written to the console, not the log: the passwords are public demo values, never real ones.
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
