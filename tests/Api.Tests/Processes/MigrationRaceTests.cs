using System.Net;
using Npgsql;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Testing;
using static WorkflowPortal.Api.Tests.Processes.MigrationApi;

namespace WorkflowPortal.Api.Tests.Processes;

public sealed class MigrationRaceTests
{
    // Someone moves the second matter while the batch is writing it: the batch waits on the row,
    // then finds the version changed and skips it. The other two are migrated; nothing is overwritten.
    [PostgresFact]
    public async Task On_postgres_an_instance_moved_while_the_batch_runs_is_skipped_never_overwritten()
    {
        await using var database = await PostgresDatabase.CreateAsync("migration_race");
        await using var app = new PortalApp(TempFolder.Create(), database.ConnectionString);
        var admin = await app.SignedInAsync(PortalApi.Admin);
        var client = await app.SignedInAsync("client@demo.portal");
        var matters = new List<(Guid Matter, Guid Instance)>();
        foreach (var subject in new[] { "Unpaid salary", "Lease dispute", "Trademark question" })
            matters.Add(await SubmitConsultationAsync(client, subject));
        await PublishAsync(admin, Consultation, RenameReceivedToIntake);
        var mapping = new Dictionary<string, string> { ["Received"] = "Intake" };
        var preview = await (await DryRunAsync(admin, Consultation, 1, 2, mapping)).JsonAsync(HttpStatusCode.OK);
        var racing = matters[1].Instance;

        await using var other = new NpgsqlConnection(database.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var move = new NpgsqlCommand("""UPDATE "WorkflowInstances" SET "Version" = "Version" + 1 WHERE "Id" = @id""", other, transaction))
        {
            move.Parameters.AddWithValue("id", racing);
            Assert.Equal(1, await move.ExecuteNonQueryAsync());
        }
        var ordered = new[] { matters[0].Instance, racing, matters[2].Instance };
        var apply = ApplyAsync(admin, Consultation, preview, mapping, choose: r => ordered.Contains(r.GetProperty("instanceId").GetGuid()));
        await WaitUntilBlockedAsync(database.ConnectionString);
        await transaction.CommitAsync();
        var outcome = await (await apply).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(new[] { matters[0].Instance, matters[2].Instance }.Order(),
            outcome.GetProperty("migrated").EnumerateArray().Select(r => r.GetProperty("instanceId").GetGuid()).Order());
        var skipped = Assert.Single(outcome.GetProperty("skipped").EnumerateArray());
        Assert.Equal(racing, skipped.GetProperty("instanceId").GetGuid());
        Assert.Equal("instance-changed", Text(skipped, "code"));
        var view = await (await admin.GetAsync($"/api/v1/workflow-instances/{racing}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("definitionVersion").GetInt32());
        Assert.Equal("Received", Text(view, "state"));
        Assert.Equal(2, view.GetProperty("version").GetInt32());
        Assert.DoesNotContain(view.GetProperty("history").EnumerateArray(), h => Text(h, "trigger") == "Migrate");
    }

    // Waits (without a timing assertion) until a session of the app waits on our row lock.
    static async Task WaitUntilBlockedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 1200; i++)
        {
            await using var check = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            if ((long)(await check.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The migration never reached the locked instance.");
    }
}
