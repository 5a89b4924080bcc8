using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using WorkflowPortal.Workflows.Paging;
using WorkflowPortal.Workflows.Searching;

namespace WorkflowPortal.Bench.Scale;

// The baseline: GET /matters?limit=&cursor=&search=&status= answered with the SQL the app sends for
// the legal team's list (the same columns, the same row comparison, the same folded search), through a
// pooled NpgsqlDataSource, no EF, no authentication, JSON written by hand.
public static class RawEndpoint
{
    const string Columns = """
        m."Id", m."Reference", m."Kind", m."Title", m."RequestTypeId", m."CategoryId", m."Status", m."IsDone", m."Priority",
        m."PracticeArea", m."RequesterId", m."ClientId", m."AssignedLawyerId", m."FromPortal", m."SubmittedAt", m."UpdatedAt"
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Number("port", 5098)}");
        await using var source = NpgsqlDataSource.Create(options.Required("db"));
        var app = builder.Build();
        app.MapGet("/matters", (HttpContext http) => ListAsync(http, source));
        await app.RunAsync();
        return 0;
    }

    static async Task ListAsync(HttpContext http, NpgsqlDataSource source)
    {
        var query = http.Request.Query;
        var limit = Cursor.Limit(int.TryParse(query["limit"], out var l) ? l : null);
        if (!Cursor.TryDecode(query["cursor"], out var after)) { http.Response.StatusCode = 400; return; }
        var where = new List<string>();
        await using var command = source.CreateCommand();
        if (SearchText.Pattern(query["search"]) is { } pattern)
        {
            where.Add("""m."SearchText" LIKE @pattern ESCAPE '\'""");
            command.Parameters.AddWithValue("pattern", pattern);
        }
        if (query["status"].ToString() is { Length: > 0 } status)
        {
            where.Add("""m."Status" = @status""");
            command.Parameters.AddWithValue("status", status);
        }
        if (after is { } c)
        {
            where.Add("""(m."SubmittedAt", m."Id") < (@at, @id)""");
            command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = c.At });
            command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = c.Id });
        }
        command.Parameters.AddWithValue("take", limit + 1);
        command.CommandText = $"""
            SELECT {Columns} FROM "Matters" AS m {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY m."SubmittedAt" DESC, m."Id" DESC LIMIT @take
            """;

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartArray("items");
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        var count = 0;
        (DateTimeOffset At, Guid Id) last = default;
        while (await reader.ReadAsync(http.RequestAborted))
        {
            if (++count > limit) break;
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(reader.GetName(i));
                if (reader.IsDBNull(i)) { json.WriteNull(name); continue; }
                switch (reader.GetValue(i))
                {
                    case Guid g: json.WriteString(name, g); break;
                    case bool b: json.WriteBoolean(name, b); break;
                    case DateTime d: json.WriteString(name, new DateTimeOffset(d, TimeSpan.Zero)); break;
                    case var v: json.WriteString(name, v.ToString()); break;
                }
            }
            json.WriteEndObject();
            last = (new DateTimeOffset(reader.GetDateTime(14), TimeSpan.Zero), reader.GetGuid(0));
        }
        json.WriteEndArray();
        if (count > limit) json.WriteString("nextCursor", new Cursor(last.At, last.Id).Encode());
        else json.WriteNull("nextCursor");
        json.WriteEndObject();
        await json.FlushAsync();
    }
}
