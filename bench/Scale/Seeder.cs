using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Bench.Scale;

// Creates N matters (with their workflow instances and one history row each), comments, and
// contracts on a database the app has already migrated and seeded (demo request types, lawyers,
// the demo client). Binary COPY: a million matters in minutes. Matter 0 gets --big-comments
// comments and matter 1 gets 10, for the "10,000 comments cost what 10 cost" row.
public static class Seeder
{
    public static async Task<int> RunAsync(Options options)
    {
        var matters = options.Number("matters", 100_000);
        var comments = options.Number("comments", matters);
        var bigComments = options.Number("big-comments", 10_000);
        var contracts = options.Number("contracts", matters / 10);
        var clientMatters = options.Number("client-matters", 2_000);
        // COPY of a million rows with their index entries outlasts any ordinary command timeout.
        await using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.Required("db")) { CommandTimeout = 0 }.ConnectionString);
        var context = await SeedContext.ReadAsync(source);
        var clock = Stopwatch.StartNew();
        var random = new Random(18);
        var start = DateTimeOffset.UtcNow.AddDays(-400);
        var step = TimeSpan.FromDays(399).Ticks / Math.Max(1, matters);

        var ids = new Guid[matters];
        for (var i = 0; i < matters; i++) ids[i] = Guid.CreateVersion7();

        await using (var connection = await source.OpenConnectionAsync())
        {
            await CopyInstancesAsync(connection, context, ids, "Matter", context.MatterWorkflow, start, step);
            await using (var copy = await connection.BeginBinaryImportAsync(
                """COPY "Matters" ("Id","Reference","Kind","Creates","RequestTypeId","CategoryId","Priority","RequesterId","ClientId","AssignedLawyerId","Title","Fields","WorkflowInstanceId","FromPortal","SubmittedAt","UpdatedAt","Status","IsDone","Clock_Paused","SearchText") FROM STDIN (FORMAT BINARY)"""))
            {
                for (var i = 0; i < matters; i++)
                {
                    // The demo client's user asked for the newest --client-matters matters.
                    var mine = i >= matters - clientMatters;
                    var at = start.AddTicks(step * i).AddTicks(random.Next(0, 10_000));
                    var reference = $"BM-{i:D8}";
                    var title = Title(random, i);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(reference);
                    await copy.WriteAsync("Matter");
                    await copy.WriteAsync("Matter");
                    await copy.WriteAsync(context.MatterType, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(context.MatterCategory, NpgsqlDbType.Uuid);
                    await copy.WriteAsync("Normal");
                    await copy.WriteAsync(mine ? context.ClientUser : Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(mine ? context.ClientOrganization : Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(context.Lawyers[i % context.Lawyers.Length], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(title);
                    await copy.WriteAsync("[]");
                    await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid); // instance id = matter id
                    await copy.WriteAsync(true);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(context.MatterWorkflow.Initial);
                    await copy.WriteAsync(false);
                    await copy.WriteAsync(TimeSpan.Zero, NpgsqlDbType.Interval);
                    await copy.WriteAsync(SearchText.Fold($"{reference} {title}"));
                }
                await copy.CompleteAsync();
            }
            Console.WriteLine($"matters: {matters:N0} (+ instances, history) at {clock.Elapsed}");

            await CopyCommentsAsync(connection, context, ids, comments, bigComments, start, random);
            Console.WriteLine($"comments: {comments:N0} at {clock.Elapsed}");

            var contractIds = new Guid[contracts];
            for (var i = 0; i < contracts; i++) contractIds[i] = Guid.CreateVersion7();
            await CopyInstancesAsync(connection, context, contractIds, "Contract", context.ContractWorkflow, start, step * 10);
            await using (var copy = await connection.BeginBinaryImportAsync(
                """COPY "Contracts" ("Id","Reference","Path","RequestTypeId","RequesterId","ClientId","AssignedLawyerId","Title","Parties","Fields","WorkflowInstanceId","SubmittedAt","UpdatedAt","Status","IsDone","SearchText") FROM STDIN (FORMAT BINARY)"""))
            {
                for (var i = 0; i < contracts; i++)
                {
                    var mine = i >= contracts - clientMatters / 10;
                    var at = start.AddTicks(step * 10 * i);
                    var reference = $"BC-{i:D8}";
                    var title = $"Services agreement {i}";
                    await copy.StartRowAsync();
                    await copy.WriteAsync(contractIds[i], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(reference);
                    await copy.WriteAsync(context.ContractPath);
                    await copy.WriteAsync(context.ContractType, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(mine ? context.ClientUser : Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(mine ? context.ClientOrganization : Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(context.Lawyers[i % context.Lawyers.Length], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(title);
                    await copy.WriteAsync("[]");
                    await copy.WriteAsync("[]");
                    await copy.WriteAsync(contractIds[i], NpgsqlDbType.Uuid);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(context.ContractWorkflow.Initial);
                    await copy.WriteAsync(false);
                    await copy.WriteAsync(SearchText.Fold($"{reference} {title}"));
                }
                await copy.CompleteAsync();
            }
            Console.WriteLine($"contracts: {contracts:N0} at {clock.Elapsed}");
            await using (var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 }) await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"done in {clock.Elapsed}; big matter {ids[0]}, small matter {ids[1]}");
        return 0;
    }

    static readonly string[] Words = ["Unpaid invoice", "Lease renewal", "Employment dispute", "Trademark filing", "مطالبة مالية", "عقد إيجار", "Board resolution", "Supplier claim"];

    static string Title(Random random, int i) => $"{Words[random.Next(Words.Length)]} {i}";

    static async Task CopyInstancesAsync(NpgsqlConnection connection, SeedContext context, Guid[] ids, string subject,
        SeedContext.Workflow workflow, DateTimeOffset start, long step)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "WorkflowInstances" ("Id","DefinitionKey","DefinitionVersion","State","Version","Visit","SubjectType","SubjectId","StartedAt","UpdatedAt") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var at = start.AddTicks(step * i).UtcDateTime;
                await copy.StartRowAsync();
                await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(workflow.Key);
                await copy.WriteAsync(workflow.Version, NpgsqlDbType.Integer);
                await copy.WriteAsync(workflow.Initial);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(subject);
                await copy.WriteAsync(ids[i].ToString());
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "WorkflowHistory" ("Id","InstanceId","Sequence","ActorId","ActorName","Trigger","ToState","At") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(context.ClientUser.ToString());
                await copy.WriteAsync("Bench client");
                await copy.WriteAsync("start");
                await copy.WriteAsync(workflow.Initial);
                await copy.WriteAsync(start.AddTicks(step * i).UtcDateTime, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
    }

    static async Task CopyCommentsAsync(NpgsqlConnection connection, SeedContext context, Guid[] matters, int count, int big,
        DateTimeOffset start, Random random)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY "MatterComments" ("Id","MatterId","AuthorId","AuthorName","FromLegalTeam","Body","IsInternal","IsDevelopment","CreatedAt") FROM STDIN (FORMAT BINARY)""");
        for (var i = 0; i < count; i++)
        {
            // The first `big` comments go to matter 0, the next 10 to matter 1, the rest spread out.
            var matter = i < big ? matters[0] : i < big + 10 ? matters[1] : matters[random.Next(2, matters.Length)];
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(matter, NpgsqlDbType.Uuid);
            await copy.WriteAsync(context.ClientUser, NpgsqlDbType.Uuid);
            await copy.WriteAsync("Bench client");
            await copy.WriteAsync(false);
            await copy.WriteAsync($"Comment {i}: please find the signed copy attached and confirm the next step.");
            await copy.WriteAsync(false);
            await copy.WriteAsync(false);
            await copy.WriteAsync(start.AddSeconds(i), NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }
}
