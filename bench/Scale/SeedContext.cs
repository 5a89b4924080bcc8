using System.Text.Json;
using Npgsql;

namespace WorkflowPortal.Bench.Scale;

// What the seeded rows point at, read from a database the app has seeded with Seed:Demo=true.
public sealed record SeedContext(
    Guid MatterType, Guid MatterCategory, SeedContext.Workflow MatterWorkflow,
    Guid ContractType, string ContractPath, SeedContext.Workflow ContractWorkflow,
    Guid ClientUser, Guid ClientOrganization, Guid[] Lawyers)
{
    public sealed record Workflow(string Key, int Version, string Initial);

    public static async Task<SeedContext> ReadAsync(NpgsqlDataSource source)
    {
        var (matterType, matterCategory, matterKey) = await TypeAsync(source, "'Matter'");
        var (contractType, _, contractKey) = await TypeAsync(source, "'ContractRequest'");
        var clientUser = await ScalarAsync<Guid>(source, """SELECT "Id" FROM "AspNetUsers" WHERE "NormalizedEmail" = 'CLIENT@DEMO.PORTAL'""");
        var organization = await ScalarAsync<Guid>(source, """SELECT "ClientId" FROM "AspNetUsers" WHERE "NormalizedEmail" = 'CLIENT@DEMO.PORTAL'""");
        var lawyers = new List<Guid>();
        await using (var command = source.CreateCommand(
            """SELECT u."Id" FROM "AspNetUsers" u JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId" WHERE r."Name" IN ('LegalTeam','Admin')"""))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) lawyers.Add(reader.GetGuid(0));
        return new SeedContext(matterType, matterCategory, await WorkflowAsync(source, matterKey),
            contractType, "ContractRequest", await WorkflowAsync(source, contractKey), clientUser, organization, [.. lawyers]);
    }

    static async Task<(Guid Id, Guid Category, string Key)> TypeAsync(NpgsqlDataSource source, string creates)
    {
        await using var command = source.CreateCommand(
            $"""SELECT "Id", "CategoryId", "WorkflowKey" FROM "RequestTypes" WHERE "Creates" = {creates} ORDER BY "Id" LIMIT 1""");
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException($"No request type creates {creates}: start the app once with Seed:Demo=true.");
        return (reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2));
    }

    static async Task<Workflow> WorkflowAsync(NpgsqlDataSource source, string key)
    {
        await using var command = source.CreateCommand(
            """SELECT "Version", "Json" FROM "WorkflowDefinitionVersions" WHERE "Key" = $1 AND "PublishedAt" IS NOT NULL ORDER BY "Version" DESC LIMIT 1""");
        command.Parameters.AddWithValue(key);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException($"Workflow {key} is not published.");
        using var json = JsonDocument.Parse(reader.GetString(1));
        return new Workflow(key, reader.GetInt32(0), Initial(json.RootElement));
    }

    static string Initial(JsonElement definition) => definition.EnumerateObject()
        .First(p => p.Name.Equals("initialState", StringComparison.OrdinalIgnoreCase)).Value.GetString()!;

    static async Task<T> ScalarAsync<T>(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"Nothing for: {sql}"));
    }
}
