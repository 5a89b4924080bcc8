using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;
using Xunit.Abstractions;

namespace WorkflowPortal.Api.Tests.Processes;

// A submission tells the whole legal team, and a transition that notifies "AssignedLawyer" on an
// unassigned matter does too: neither may cost more SQL when the team grows.
public sealed class StatementCountTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Submission_and_transition_reads_do_not_grow_with_the_legal_team_on_sqlite()
    {
        var counter = new CommandCounter();
        await using var app = new PortalApp(TempFolder.Create())
        {
            ExtraServices = s => s.ConfigureDbContext<SqlitePortalDb>(o => o.AddInterceptors(counter)),
        };
        var (small, large) = await MeasureAsync(app, counter, "sqlite");

        // SQLite sends one INSERT per row (EF Core does not batch on it); everything else is fixed.
        Assert.Equal(small.Submission.Reads, large.Submission.Reads);
        Assert.Equal(small.Transition.Reads, large.Transition.Reads);
    }

    [PostgresFact]
    public async Task Submission_and_transition_commands_do_not_grow_with_the_legal_team_on_postgres()
    {
        await using var database = await PostgresDatabase.CreateAsync("portal_count");
        var counter = new CommandCounter();
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString)
        {
            ExtraServices = s => s.ConfigureDbContext<PostgresPortalDb>(o => o.AddInterceptors(counter)),
        };
        var (small, large) = await MeasureAsync(app, counter, "postgres");

        // Inserts are batched: the whole step is the same number of round trips for 1 or 11 members.
        Assert.Equal(small.Submission.Commands, large.Submission.Commands);
        Assert.Equal(small.Transition.Commands, large.Transition.Commands);
        Assert.Equal(small.Submission.Reads, large.Submission.Reads);
    }

    sealed record Figures(StepCount Submission, StepCount Transition);

    async Task<(Figures Small, Figures Large)> MeasureAsync(PortalApp app, CommandCounter counter, string lane)
    {
        var client = await app.SignedInAsync("client@demo.portal");
        await SubmitAndWithdrawAsync(client, counter); // warm-up: first-call caches must not count
        var small = await SubmitAndWithdrawAsync(client, counter);
        await AddLegalTeamAsync(app, 10);
        var large = await SubmitAndWithdrawAsync(client, counter);
        output.WriteLine($"{lane}, legal team of 1: submission {small.Submission}; transition {small.Transition}");
        output.WriteLine($"{lane}, legal team of 11: submission {large.Submission}; transition {large.Transition}");
        if (small.Submission.Reads != large.Submission.Reads)
            output.WriteLine($"submission reads that differ:\n{StepCount.Difference(small.Submission, large.Submission)}");
        if (small.Transition.Reads != large.Transition.Reads)
            output.WriteLine($"transition reads that differ:\n{StepCount.Difference(small.Transition, large.Transition)}");
        return (small, large);
    }

    static async Task<Figures> SubmitAndWithdrawAsync(HttpClient client, CommandCounter counter)
    {
        counter.Reset();
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created);
        var submission = counter.OfStep();
        var id = submitted.GetProperty("id").GetGuid();
        counter.Reset();
        await (await client.PostAsJsonAsync($"/api/v1/matters/{id}/transitions", new { trigger = "Withdraw" })).JsonAsync(HttpStatusCode.OK);
        return new Figures(submission, counter.OfStep());
    }

    static async Task AddLegalTeamAsync(PortalApp app, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        for (var i = 0; i < count; i++)
        {
            var member = PortalUser.Invited($"member{i}@team.portal", $"Team member {i}", i % 2 == 0 ? "en" : "ar", DateTimeOffset.UtcNow);
            member.AcceptInvitation();
            Assert.True((await users.CreateAsync(member, "Member-Passw0rd!")).Succeeded);
            Assert.True((await users.AddToRoleAsync(member, Roles.LegalTeam)).Succeeded);
        }
    }
}
