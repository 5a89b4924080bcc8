using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Processes;
using WorkflowPortal.Workflows.Persistence;
using Xunit.Abstractions;
using static WorkflowPortal.Api.Tests.Intake.AssignmentRuleTests;

namespace WorkflowPortal.Api.Tests.Intake;

// Rules cost a submission a fixed price: no read of their own (the staff list is the one the
// submission's notices read anyway), one upsert for a pool's turn and one history line.
public sealed class AssignmentStatementCountTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_pool_rule_adds_two_statements_and_no_read_whatever_the_size_of_the_team()
    {
        var counter = new CommandCounter();
        await using var app = new PortalApp(TempFolder.Create())
        {
            ExtraServices = s => s.ConfigureDbContext<SqlitePortalDb>(o => o.AddInterceptors(counter)),
        };
        var admin = await app.SignedInAsync("admin@demo.portal");
        var client = await app.SignedInAsync("client@demo.portal");
        var plain = await CreateTypeAsync(admin, null);
        Guid[] pool = [await LawyerAsync(app)];
        var small = await CreateTypeAsync(admin, PoolRules(pool));
        for (var i = 0; i < 10; i++) pool = [.. pool, await LawyerAsync(app)];
        var large = await CreateTypeAsync(admin, PoolRules(pool));

        async Task<StepCount> MeasureAsync(Guid type)
        {
            await SubmitAsync(client, type, 1); // warm-up: first-call caches must not count
            counter.Reset();
            await SubmitAsync(client, type, 2);
            return counter.OfStep();
        }
        var (none, one, eleven) = (await MeasureAsync(plain), await MeasureAsync(small), await MeasureAsync(large));
        output.WriteLine($"no rules: {none}; pool of 1: {one}; pool of 11: {eleven}");

        Assert.Equal(none.Reads, one.Reads);
        Assert.Equal(none.Reads, eleven.Reads);
        Assert.Equal(none.Statements + 2, one.Statements);
        Assert.Equal(one.Statements, eleven.Statements);
    }
}
