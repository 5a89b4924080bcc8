using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Tests.Intake;

// A request type's assignment rules, through the API: the first rule that holds on the form or the
// requesting organisation names the lawyer, pools take turns, inactive lawyers are passed over.
public sealed class AssignmentRuleTests : IAsyncLifetime
{
    readonly PortalApp _app = PortalApp.OnSqlite();
    HttpClient _admin = default!;
    HttpClient _client = default!;

    public async Task InitializeAsync()
    {
        _admin = await _app.SignedInAsync("admin@demo.portal");
        _client = await _app.SignedInAsync("client@demo.portal");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_value_above_the_limit_goes_to_one_lawyer_and_below_it_to_another()
    {
        var (senior, junior) = (await LawyerAsync(_app), await LawyerAsync(_app));
        var type = await CreateTypeAsync(_admin, new
        {
            rules = new[] { new { when = new { field = "value", op = "gt", value = 500000 }, lawyer = senior } },
            otherwise = new { lawyer = junior },
        });

        var above = await MatterAsync(await SubmitAsync(_client, type, 600000));
        var below = await MatterAsync(await SubmitAsync(_client, type, 100000));

        Assert.Equal(senior, above.GetProperty("assignedLawyerId").GetGuid());
        Assert.Equal(junior, below.GetProperty("assignedLawyerId").GetGuid());
        var line = RuleLine(above);
        Assert.Equal("system", line.GetProperty("actorId").GetString());
        Assert.True(line.GetProperty("bySystem").GetBoolean());
        Assert.Contains("by rule 1", line.GetProperty("reason").GetProperty("en").GetString());
        Assert.Contains("القاعدة 1", line.GetProperty("reason").GetProperty("ar").GetString());
        Assert.Contains("otherwise", RuleLine(below).GetProperty("reason").GetProperty("en").GetString());
    }

    [Fact]
    public async Task The_requesting_organisation_decides_the_lawyer()
    {
        var (dedicated, general) = (await LawyerAsync(_app), await LawyerAsync(_app));
        var organisation = await _admin.CreateClientAsync($"Gulf Shipping {Guid.NewGuid():N}");
        var type = await CreateTypeAsync(_admin, new
        {
            rules = new[] { new { when = new { field = "$client", op = "equals", value = organisation }, lawyer = dedicated } },
            otherwise = new { lawyer = general },
        });
        var shipping = await _app.SignedInAsync(await PortalClientAsync(_app, organisation), "Client-Passw0rd!");

        var theirs = await MatterAsync(await SubmitAsync(shipping, type, 10));
        var demo = await MatterAsync(await SubmitAsync(_client, type, 10));

        Assert.Equal(dedicated, theirs.GetProperty("assignedLawyerId").GetGuid());
        Assert.Equal(general, demo.GetProperty("assignedLawyerId").GetGuid());
    }

    [Fact]
    public async Task A_pool_of_three_takes_six_requests_two_each_in_turn()
    {
        Guid[] pool = [await LawyerAsync(_app), await LawyerAsync(_app), await LawyerAsync(_app)];
        var type = await CreateTypeAsync(_admin, PoolRules(pool));

        var assigned = new List<Guid>();
        for (var i = 0; i < 6; i++)
            assigned.Add((await MatterAsync(await SubmitAsync(_client, type, i))).GetProperty("assignedLawyerId").GetGuid());

        Assert.All(pool, lawyer => Assert.Equal(2, assigned.Count(a => a == lawyer)));
        Assert.Equal(assigned[..3], assigned[3..]);
        Assert.Equal(3, assigned[..3].Distinct().Count());

        // The client reads the line too: it says "in turn" and never names the pool, an internal grouping.
        var submitted = await SubmitAsync(_client, type, 7);
        var seen = RuleLine(await (await _client.GetAsync($"/api/v1/matters/{submitted}")).JsonAsync(HttpStatusCode.OK)).GetProperty("reason");
        Assert.EndsWith("by the otherwise rule, in turn.", seen.GetProperty("en").GetString());
        Assert.DoesNotContain("employment", seen.GetProperty("en").GetString());
        Assert.DoesNotContain("employment", seen.GetProperty("ar").GetString());
    }

    [Fact]
    public async Task An_inactive_lawyer_is_passed_over_and_the_rest_share_the_turns()
    {
        Guid[] pool = [await LawyerAsync(_app), await LawyerAsync(_app), await LawyerAsync(_app)];
        var type = await CreateTypeAsync(_admin, PoolRules(pool));
        (await _admin.PostAsync($"/api/v1/team-members/{pool[1]}/deactivate", null)).EnsureSuccessStatusCode();

        var assigned = new List<Guid>();
        for (var i = 0; i < 4; i++)
            assigned.Add((await MatterAsync(await SubmitAsync(_client, type, i))).GetProperty("assignedLawyerId").GetGuid());

        Assert.DoesNotContain(pool[1], assigned);
        Assert.Equal(2, assigned.Count(a => a == pool[0]));
        Assert.Equal(2, assigned.Count(a => a == pool[2]));
    }

    [Fact]
    public async Task A_lone_inactive_lawyer_leaves_the_request_to_the_next_rule()
    {
        var (gone, next) = (await LawyerAsync(_app), await LawyerAsync(_app));
        var type = await CreateTypeAsync(_admin, new
        {
            rules = new object[]
            {
                new { when = new { field = "value", op = "gt", value = 0 }, lawyer = gone },
                new { when = new { field = "value", op = "gt", value = 0 }, lawyer = next },
            },
        });
        (await _admin.PostAsync($"/api/v1/team-members/{gone}/deactivate", null)).EnsureSuccessStatusCode();

        var matter = await MatterAsync(await SubmitAsync(_client, type, 5));

        Assert.Equal(next, matter.GetProperty("assignedLawyerId").GetGuid());
        Assert.Contains("by rule 2", RuleLine(matter).GetProperty("reason").GetProperty("en").GetString());
    }

    [Fact]
    public async Task A_contract_from_a_request_is_assigned_by_the_rules_too()
    {
        var lawyer = await LawyerAsync(_app);
        var type = await CreateTypeAsync(_admin, new
        {
            rules = new[] { new { when = new { field = "value", op = "between", value = new[] { 1000, 2000 } }, lawyer } },
        }, creates: "ContractRequest", workflow: "contract-request");

        var id = await SubmitAsync(_client, type, 1500);
        var contract = await (await _admin.GetAsync($"/api/v1/contracts/{id}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(lawyer, contract.GetProperty("assignedLawyerId").GetGuid());
        Assert.Contains("by rule 1", RuleLine(contract).GetProperty("reason").GetProperty("en").GetString());
    }

    [Fact]
    public async Task A_lawyer_reassigns_by_hand_what_a_rule_assigned()
    {
        var (first, second) = (await LawyerAsync(_app), await LawyerAsync(_app));
        var type = await CreateTypeAsync(_admin, new { otherwise = new { lawyer = first } });
        var id = await SubmitAsync(_client, type, 1);

        var lawyer = await _app.SignedInAsync("lawyer@demo.portal");
        var reassigned = await (await lawyer.PutAsJsonAsync($"/api/v1/matters/{id}/assignee", new { lawyerId = second })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(second, reassigned.GetProperty("assignedLawyerId").GetGuid());
    }

    [Fact]
    public async Task A_type_without_rules_stays_unassigned_with_no_rule_line()
    {
        var type = await CreateTypeAsync(_admin, null);

        var matter = await MatterAsync(await SubmitAsync(_client, type, 1));

        Assert.Equal(JsonValueKind.Null, matter.GetProperty("assignedLawyerId").ValueKind);
        Assert.DoesNotContain(matter.GetProperty("history").EnumerateArray(), h => h.GetProperty("trigger").GetString() == "AssignedByRule");
    }

    [Fact]
    public async Task The_legal_team_reads_the_rules_back_and_a_client_neither_reads_nor_writes_them()
    {
        var lawyer = await LawyerAsync(_app);
        var rules = new { rules = new[] { new { when = new { field = "value", op = "gt", value = 5 }, lawyer } } };
        var type = await CreateTypeAsync(_admin, rules);

        var asTeam = await (await (await _app.SignedInAsync("lawyer@demo.portal")).GetAsync($"/api/v1/request-types/{type}")).JsonAsync(HttpStatusCode.OK);
        var asClient = await (await _client.GetAsync($"/api/v1/request-types/{type}")).JsonAsync(HttpStatusCode.OK);
        var catalog = await _client.GetStringAsync("/api/v1/request-types");
        var body = TypeBody(await CategoryAsync(_admin), rules);
        body["revision"] = asTeam.GetProperty("revision").GetInt32();
        var put = await _client.PutAsJsonAsync($"/api/v1/request-types/{type}", body);
        var post = await _client.PostAsJsonAsync("/api/v1/request-types", TypeBody(await CategoryAsync(_admin), rules));

        var rule = asTeam.GetProperty("assignment").GetProperty("rules")[0];
        Assert.Equal(lawyer, rule.GetProperty("lawyer").GetGuid());
        Assert.Equal("gt", rule.GetProperty("when").GetProperty("op").GetString());
        Assert.Equal(JsonValueKind.Null, asClient.GetProperty("assignment").ValueKind);
        Assert.DoesNotContain(lawyer.ToString(), catalog);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Pointing_the_type_at_a_workflow_in_the_designer_keeps_its_rules()
    {
        var lawyer = await LawyerAsync(_app);
        var type = await CreateTypeAsync(_admin, new { otherwise = new { lawyer } });
        var me = (await _admin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var admin = new Workflows.Access.Actor(me, "Admin", new HashSet<string> { Roles.Admin }, null, null, "en");
            var assigned = await scope.ServiceProvider.GetRequiredService<Workflows.Processes.Designer.WorkflowDesign>()
                .AssignAsync(type, "consultation-request", admin, CancellationToken.None);
            Assert.True(assigned.IsSuccess);
        }

        var matter = await MatterAsync(await SubmitAsync(_client, type, 1));
        Assert.Equal(lawyer, matter.GetProperty("assignedLawyerId").GetGuid());
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        // rules JSON with {lawyer} and {gone} placeholders, the error path, English and Arabic fragments
        { """{ "rules": [ { "when": { "field": "value", "op": "gt", "value": 1 }, "lawyer": "{lawyer}" }, { "when": { "field": "nope", "op": "equals", "value": "x" }, "lawyer": "{lawyer}" } ] }""",
            "assignment.rules[1].when", "Rule 2: The field 'nope'", "القاعدة 2: الحقل 'nope'" },
        { """{ "rules": [ { "when": { "field": "value", "op": "contains", "value": "5" }, "lawyer": "{lawyer}" } ] }""",
            "assignment.rules[0].when", "Rule 1: 'contains' cannot compare the money field", "القاعدة 1: لا يمكن استخدام 'يحتوي على' مع الحقل" },
        { """{ "rules": [ { "when": { "field": "value", "op": "gt", "value": 1 }, "lawyer": "{gone}" } ] }""",
            "assignment.rules[0].lawyer", "Rule 1: {gone} is not an active member of the legal team", "القاعدة 1: {gone} ليس عضوًا نشطًا" },
        { """{ "pools": [ { "name": "tax", "lawyers": [] } ], "otherwise": { "pool": "tax" } }""",
            "assignment.pools[0].lawyers", "The pool 'tax' is empty", "المجموعة «tax» فارغة" },
        { """{ "rules": [ { "when": { "field": "value", "op": "gt", "value": 1 }, "pool": "missing" } ] }""",
            "assignment.rules[0].pool", "Rule 1: there is no pool named 'missing'", "القاعدة 1: لا توجد مجموعة باسم «missing»" },
        { """{ "rules": [ { "when": { "field": "$client", "op": "equals", "value": "{gone}" }, "lawyer": "{lawyer}" } ] }""",
            "assignment.rules[0].when", "Rule 1: '$client': {gone} is not a client organisation", "القاعدة 1: '$client': {gone} ليست جهة عميلة" },
        { """{ "rules": [ { "lawyer": "{lawyer}" }, null ] }""",
            "assignment.rules[0].when", "Rule 1: give the condition", "القاعدة 1: حدّد الشرط" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Rules_that_cannot_work_are_refused_on_save_naming_the_rule_in_both_languages(string rules, string path, string en, string ar)
    {
        var (lawyer, gone) = (await LawyerAsync(_app), await LawyerAsync(_app));
        (await _admin.PostAsync($"/api/v1/team-members/{gone}/deactivate", null)).EnsureSuccessStatusCode();
        string Fill(string text) => text.Replace("{lawyer}", lawyer.ToString()).Replace("{gone}", gone.ToString());

        var response = await _admin.PostAsJsonAsync("/api/v1/request-types", TypeBody(await CategoryAsync(_admin), JsonNode.Parse(Fill(rules))));

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var messages), $"no error at {path}: {problem}");
        var texts = messages.EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(texts, t => t.StartsWith(Fill(en), StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith(Fill(ar), StringComparison.Ordinal));
    }

    // Helpers shared with the PostgreSQL lane.

    internal static object PoolRules(Guid[] lawyers) => new
    {
        pools = new[] { new { name = "employment", lawyers } },
        otherwise = new { pool = "employment" },
    };

    internal static async Task<Guid> CategoryAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/request-categories"))[0].GetProperty("id").GetGuid();

    internal static JsonObject TypeBody(Guid categoryId, object? assignment, string creates = "Matter", string workflow = "consultation-request") =>
        JsonSerializer.SerializeToNode(new
        {
            categoryId,
            name = new { en = "Employment claim", ar = "مطالبة عمالية" },
            description = new { en = "A claim against an employer.", ar = "مطالبة ضد صاحب عمل." },
            creates,
            workflowKey = workflow,
            assignment,
            fields = new object[]
            {
                new { key = "subject", type = "Text", label = new { en = "Subject", ar = "الموضوع" }, required = true, order = 1 },
                new { key = "value", type = "Money", label = new { en = "Amount", ar = "المبلغ" }, required = true, order = 2 },
            },
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();

    internal static async Task<Guid> CreateTypeAsync(HttpClient admin, object? assignment, string creates = "Matter", string workflow = "consultation-request")
    {
        var created = await (await admin.PostAsJsonAsync("/api/v1/request-types", TypeBody(await CategoryAsync(admin), assignment, creates, workflow)))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    internal static async Task<Guid> SubmitAsync(HttpClient client, Guid type, decimal value)
    {
        var submitted = await (await client.PostAsJsonAsync("/api/v1/requests", new
        {
            requestTypeId = type,
            fields = new Dictionary<string, object> { ["subject"] = "Unpaid salary", ["value"] = value },
        })).JsonAsync(HttpStatusCode.Created);
        return submitted.GetProperty("id").GetGuid();
    }

    internal async Task<JsonElement> MatterAsync(Guid id) => await (await _admin.GetAsync($"/api/v1/matters/{id}")).JsonAsync(HttpStatusCode.OK);

    internal static JsonElement RuleLine(JsonElement subject) =>
        Assert.Single(subject.GetProperty("history").EnumerateArray(), h => h.GetProperty("trigger").GetString() == "AssignedByRule");

    internal static async Task<Guid> LawyerAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var lawyer = PortalUser.Invited($"lawyer-{Guid.NewGuid():N}@team.portal", "Pool Lawyer", "en", DateTimeOffset.UtcNow);
        lawyer.AcceptInvitation();
        Assert.True((await users.CreateAsync(lawyer, "Lawyer-Passw0rd!")).Succeeded);
        Assert.True((await users.AddToRoleAsync(lawyer, Roles.LegalTeam)).Succeeded);
        return lawyer.Id;
    }

    static async Task<string> PortalClientAsync(PortalApp app, Guid organisation)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"client-{Guid.NewGuid():N}@shipping.example";
        var person = PortalUser.Invited(email, "Shipping Client", "en", DateTimeOffset.UtcNow);
        person.AcceptInvitation();
        person.JoinClient(organisation, null);
        Assert.True((await users.CreateAsync(person, "Client-Passw0rd!")).Succeeded);
        Assert.True((await users.AddToRoleAsync(person, Roles.Client)).Succeeded);
        return email;
    }
}
