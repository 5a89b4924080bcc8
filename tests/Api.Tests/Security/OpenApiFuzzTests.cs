using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;

namespace WorkflowPortal.Api.Tests.Security;

// Every operation of the OpenAPI document, called with a few valid-looking and hostile bodies, as a
// client and as a lawyer: nothing may answer 5xx. A small, time-bounded form of bench/Fuzz.
public sealed class OpenApiFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    // bench/Fuzz/run.sh raises both through the environment for the long run.
    static readonly TimeSpan Budget = TimeSpan.FromSeconds(Setting("PORTAL_FUZZ_SECONDS", 50));
    static readonly int Variants = Setting("PORTAL_FUZZ_VARIANTS", 6);

    static int Setting(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    [Fact]
    public async Task Every_operation_describes_its_problem_responses_and_the_bodies_read_by_hand()
    {
        await using var app = PortalApp.OnSqlite();
        using var anonymous = app.CreateClient();
        var paths = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (var path in paths.EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name != "parameters"))
            {
                var responses = operation.Value.GetProperty("responses");
                var expected = operation.Name is "post" or "put" or "patch"
                    ? new[] { "400", "401", "403", "404", "409", "413", "415", "429" }
                    : ["400", "401", "403", "404", "409", "429"];
                foreach (var status in expected)
                    Assert.True(responses.TryGetProperty(status, out _), $"{operation.Name} {path.Name} does not describe {status}");
            }

        string[] ContentTypes(string path, string method) =>
            [.. paths.GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name)];
        Assert.Equal(["application/json", "multipart/form-data"], ContentTypes("/api/v1/requests", "post").Order());
        Assert.Equal(["application/json", "multipart/form-data"], ContentTypes("/api/v1/matters/{id}/comments", "post").Order());
        Assert.Equal(["multipart/form-data"], ContentTypes("/api/v1/matters/{id}/attachments", "post"));
        Assert.Equal(["multipart/form-data"], ContentTypes("/api/v1/contracts/{id}/versions", "post"));
        var problem = paths.GetProperty("/api/v1/matters/{id}").GetProperty("get").GetProperty("responses").GetProperty("404")
            .GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
        Assert.True(problem.GetProperty("properties").TryGetProperty("title", out _), problem.ToString());
    }

    [Fact]
    public async Task No_operation_of_the_api_answers_a_server_error_to_valid_or_hostile_bodies()
    {
        await using var app = PortalApp.OnSqlite();
        using var client = await app.SignedInAsync("client@demo.portal");
        using var lawyer = await app.SignedInAsync("lawyer@demo.portal");
        var matter = (await (await client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody())).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var fuzzer = new OpenApiFuzzer(JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement, seed: 14,
            ids: new() { ["matters"] = matter, ["contracts"] = await Contracts.ContractApi.SubmitRequestAsync(client) });

        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var calls = 0;
        var statuses = new SortedDictionary<int, int>();
        foreach (var call in fuzzer.Calls(Variants))
        {
            if (clock.Elapsed > Budget) break;
            foreach (var caller in new[] { client, lawyer })
            {
                using var request = await call.ToRequestAsync();
                using var response = await caller.SendAsync(request);
                calls++;
                statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{(int)response.StatusCode} {call}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        // The figures bench/Fuzz reports (shown with --logger "console;verbosity=detailed").
        output.WriteLine($"{fuzzer.OperationCount} operations, {calls} requests in {clock.Elapsed.TotalSeconds:F0} s; statuses: "
            + string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(fuzzer.OperationCount > 50, $"only {fuzzer.OperationCount} operations in the document");
        Assert.True(calls >= fuzzer.OperationCount * 2, $"the budget ran out after {calls} calls, before every operation was called once");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}

// Builds requests from an OpenAPI document: path parameters from known ids or random ones, bodies
// from the request schema (plausible values) and hostile variants (NUL, "---", 1e30, wrong types,
// broken JSON, broken multipart). Operations that would end the caller's session are left out.
public sealed class OpenApiFuzzer(JsonElement document, int seed, Dictionary<string, Guid> ids)
{
    static readonly string[] Skipped = ["/logout", "/deactivate", "/two-factor/disable", "/revoke"];
    readonly Random _random = new(seed);

    public int OperationCount => Operations.Count;

    List<(string Path, string Method, JsonElement Operation)> Operations { get; } = [.. document.GetProperty("paths").EnumerateObject()
        .Where(path => !Skipped.Any(s => path.Name.Contains(s, StringComparison.Ordinal)))
        .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name != "parameters").Select(o => (path.Name, o.Name.ToUpperInvariant(), o.Value)))];

    // Variant by variant over every operation: the first round reaches all of them within any budget.
    public IEnumerable<FuzzCall> Calls(int variantsPerOperation)
    {
        for (var variant = 0; variant < variantsPerOperation; variant++)
            foreach (var (path, method, operation) in Operations)
            {
                var schema = BodySchema(operation, out var contentType);
                yield return new FuzzCall(new HttpMethod(method), Url(path, operation, variant), Body(schema, contentType, variant));
            }
    }

    string Url(string template, JsonElement operation, int variant)
    {
        var resource = template.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) ?? "";
        var url = System.Text.RegularExpressions.Regex.Replace(template, "{([^}]+)}", m => m.Groups[1].Value switch
        {
            "id" or "contractId" when variant % 2 == 0 && ids.TryGetValue(resource, out var known) => known.ToString(),
            "key" => variant % 3 == 0 ? "consultation" : "no-such-key",
            "version" or "number" => variant % 2 == 0 ? "1" : "2147483647",
            _ => Guid.NewGuid().ToString(),
        });
        var query = new List<string>();
        if (operation.TryGetProperty("parameters", out var parameters))
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
                query.Add($"{parameter.GetProperty("name").GetString()}={Uri.EscapeDataString(QueryValue(variant))}");
        return query.Count == 0 ? url : url + "?" + string.Join("&", query);
    }

    static string QueryValue(int variant) => variant switch
    {
        0 => "",
        1 => "1",
        2 => "a\u0000b",
        3 => "-1",
        4 => new string('x', 3000),
        _ => "%zz",
    };

    static JsonElement? BodySchema(JsonElement operation, out string? contentType)
    {
        contentType = null;
        if (!operation.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)) return null;
        foreach (var media in content.EnumerateObject())
        {
            contentType = media.Name;
            if (media.Name == "application/json") break;
        }
        return content.GetProperty(contentType!).TryGetProperty("schema", out var schema) ? schema : null;
    }

    HttpContent? Body(JsonElement? schema, string? contentType, int variant)
    {
        if (contentType is null) return variant == 5 ? new StringContent("{\"unexpected\":true}", Encoding.UTF8, "application/json") : null;
        if (contentType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            if (variant % 6 == 4)
                return new StringContent("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nunfinished", Encoding.UTF8) { Headers = { ContentType = new("multipart/form-data") { Parameters = { new("boundary", "b") } } } };
            var form = new MultipartFormDataContent();
            foreach (var (name, value) in Flatten(schema is { } s ? Sample(s, variant % 2 == 1, 0) : null))
                form.Add(new StringContent(value), name);
            form.Add(new ByteArrayContent(variant % 2 == 0 ? Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n") : [0x4D, 0x5A, 0, 0]), "file", variant == 3 ? "a\u202Eb\u0000.pdf" : "a.pdf");
            return form;
        }
        var text = (variant < 6 ? variant : _random.Next(6)) switch
        {
            0 => schema is { } plain ? Sample(plain, false, 0)?.ToJsonString() ?? "{}" : "{}",
            1 => schema is { } hostile ? Sample(hostile, true, 0)?.ToJsonString() ?? "{}" : "{}",
            2 => "{",
            3 => "[]",
            4 => "null",
            _ => "{\"value\":1e30,\"status\":99,\"title\":\"a\\u0000\\n---\\nb\",\"mode\":\"majority\",\"at\":\"not a date\"}",
        };
        return new StringContent(text, Encoding.UTF8, "application/json");
    }

    static IEnumerable<(string Name, string Value)> Flatten(JsonNode? node) =>
        node is JsonObject o ? o.Where(p => p.Value is JsonValue).Select(p => (p.Key, p.Value!.ToString())) : [];

    JsonNode? Sample(JsonElement schema, bool hostile, int depth)
    {
        if (depth > 6) return null;
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/').Last();
            return document.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out var target) ? Sample(target, hostile, depth + 1) : null;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.TryGetProperty(combinator, out var options))
                return options.EnumerateArray().Select(o => Sample(o, hostile, depth + 1)).FirstOrDefault(n => n is not null);
        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
            return hostile ? JsonValue.Create("NotAValue") : JsonNode.Parse(values[0].GetRawText());
        var type = Type(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type switch
        {
            "object" => Object(schema, hostile, depth),
            "array" => new JsonArray(Enumerable.Range(0, hostile ? 30 : 1)
                .Select(_ => schema.TryGetProperty("items", out var items) ? Sample(items, hostile, depth + 1) : null).ToArray()),
            "integer" => hostile ? JsonValue.Create(_random.Next(2) == 0 ? long.MaxValue : -1) : JsonValue.Create(1),
            "number" => hostile ? JsonNode.Parse("1e30") : JsonValue.Create(10.5m),
            "boolean" => JsonValue.Create(!hostile),
            "string" => format switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid()),
                "date" => JsonValue.Create(hostile ? "0001-01-01" : "2027-03-01"),
                "date-time" => JsonValue.Create(hostile ? "9999-12-31T23:59:59+14:00" : "2027-03-01T09:00:00Z"),
                _ => JsonValue.Create(hostile ? "x\u0000\u001b[31m\r\n---\n\u202E" + new string('y', _random.Next(0, 5000)) : "Fuzz value"),
            },
            _ => null,
        };
    }

    JsonObject Object(JsonElement schema, bool hostile, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
            foreach (var property in properties.EnumerateObject())
                result[property.Name] = Sample(property.Value, hostile, depth + 1);
        return result;
    }

    static string? Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type)) return schema.TryGetProperty("properties", out _) ? "object" : null;
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }
}

public sealed record FuzzCall(HttpMethod Method, string Url, HttpContent? Body)
{
    // A fresh message each time: a request (and its content) is sent once.
    public async Task<HttpRequestMessage> ToRequestAsync()
    {
        var request = new HttpRequestMessage(Method, Url);
        if (Body is not null)
        {
            var bytes = await Body.ReadAsByteArrayAsync();
            var copy = new ByteArrayContent(bytes);
            foreach (var header in Body.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            request.Content = copy;
        }
        return request;
    }

    public override string ToString() => $"{Method} {Url[..Math.Min(Url.Length, 200)]}";
}
