using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Api.Tests.Contracts;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Workflows.Notifications;
using static WorkflowPortal.Api.Tests.Processes.WorkflowWalk;

namespace WorkflowPortal.Api.Tests.Processes;

// Every shipped workflow, every transition it declares, fired through the API as a person its
// `allowed` list names (approvals, signatures and declines by the people holding the tasks): the
// state it reaches, the history line, the emails on the real SMTP server (exactly the parties its
// `notify` names, minus the person who acted, each with the label of their side) and the signed
// document its `render` makes. A person the transition does not allow is refused first.
public sealed class DefaultWorkflowTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    PortalApp App => fixture.App;

    sealed record Person(string Email, HttpClient Api, Guid Id, string Name);

    sealed record Subject(string Kind, Guid Id, Guid Instance, string Reference)
    {
        public string Path => $"/api/v1/{Kind}/{Id}";
    }

    readonly Dictionary<string, Person> _people = [];

    Person Lawyer => _people["lawyer@demo.portal"];
    Person Client => _people["client@demo.portal"];
    Person Admin => _people[PortalApi.Admin];

    [Theory]
    [InlineData("consultation-request")]
    [InlineData("litigation-case")]
    [InlineData("contract-request")]
    [InlineData("contract-review")]
    [InlineData("contract-from-template")]
    public async Task Every_transition_moves_the_subject_records_it_and_tells_exactly_the_parties_it_names(string key)
    {
        foreach (var email in new[] { "lawyer@demo.portal", "client@demo.portal", "collaborator@demo.portal", PortalApi.Admin })
        {
            var api = await App.SignedInAsync(email);
            var me = await (await api.GetAsync("/api/v1/me")).JsonAsync(HttpStatusCode.OK);
            _people[email] = new Person(email, api, me.GetProperty("id").GetGuid(), me.GetProperty("displayName").GetString()!);
        }
        var walk = Load(key);
        var instances = 0;
        while (!walk.Done)
        {
            var subject = await StartAsync(key);
            Assert.True(++instances <= 12, $"{key}: the walk needs more than 12 instances; untested: {string.Join(", ", walk.Untested.Select(e => e.Trigger))}");
            var state = walk.Initial;
            Assert.Equal(state, await StateAsync(subject));
            var reached = false;
            while (walk.NextFrom(state) is { } path)
            {
                foreach (var edge in path)
                {
                    await FireAsync(walk, subject, edge, state);
                    walk.Tested(edge);
                    state = edge.To;
                    reached = true;
                }
                if (walk.States[state].Final) break;
            }
            Assert.True(reached, $"{key}: from {walk.Initial} nothing untested can be reached: {string.Join(", ", walk.Untested.Select(e => e.Trigger))}");
        }
    }

    async Task<Subject> StartAsync(string key)
    {
        var client = Client.Api;
        var (kind, id) = key switch
        {
            "consultation-request" => ("matters", await CreatedAsync(client.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Matrix consultation")))),
            "litigation-case" => ("matters", await CreatedAsync(client.PostAsJsonAsync("/api/v1/requests", new
            {
                requestTypeId = new Guid("5d2c9a70-8f7e-4b2a-a1d6-2e4f6a8c0002"),
                fields = new Dictionary<string, object> { ["subject"] = "Matrix claim", ["details"] = "Unpaid invoices.", ["opponent"] = "Desert Trading", ["claimAmount"] = 90000 },
            }))),
            "contract-request" => ("contracts", await ContractApi.SubmitRequestAsync(client, "Matrix distribution agreement")),
            "contract-review" => ("contracts", await ContractApi.SubmitReviewAsync(client, ContractApi.MinimalPdf("matrix draft"))),
            "contract-from-template" => ("contracts", await ContractApi.SubmitTemplateAsync(client)),
            _ => throw new ArgumentOutOfRangeException(nameof(key)),
        };
        var path = $"/api/v1/{kind}/{id}";
        (await Lawyer.Api.PutAsJsonAsync($"{path}/assignee", new { lawyerId = Lawyer.Id })).EnsureSuccessStatusCode();
        if (key == "contract-request")
        {
            var upload = new MultipartFormDataContent { { new ByteArrayContent(ContractApi.MinimalPdf("first draft")), "files", "draft.pdf" } };
            await (await Lawyer.Api.PostAsync($"{path}/versions", upload)).JsonAsync(HttpStatusCode.Created);
        }
        var view = await (await Lawyer.Api.GetAsync(path)).JsonAsync(HttpStatusCode.OK);
        return new Subject(kind, id, view.GetProperty("workflowInstanceId").GetGuid(), view.GetProperty("reference").GetString()!);
    }

    static async Task<Guid> CreatedAsync(Task<HttpResponseMessage> post) =>
        (await (await post).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    async Task<string> StateAsync(Subject subject) =>
        (await (await Lawyer.Api.GetAsync(subject.Path)).JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetProperty("state").GetString()!;

    async Task FireAsync(WorkflowWalk walk, Subject subject, Edge edge, string from)
    {
        var what = $"{subject.Reference} {from} --{edge.Trigger}--> {edge.To}";
        await DrainAsync();
        var before = Updates(subject);
        var actor = edge.Action is null ? await FireByAllowedAsync(walk, subject, edge, what) : await DecideAsync(subject, edge, what);

        Assert.True(await StateAsync(subject) == edge.To, $"{what}: the subject is in {await StateAsync(subject)}");
        var instance = await (await Lawyer.Api.GetAsync($"/api/v1/workflow-instances/{subject.Instance}")).JsonAsync(HttpStatusCode.OK);
        var last = instance.GetProperty("history").EnumerateArray().Last();
        Assert.True(last.GetProperty("trigger").GetString() == edge.Trigger && last.GetProperty("to").GetString() == edge.To
            && last.GetProperty("from").GetString() == from, $"{what}: the last history line is {last}");

        await DrainAsync();
        var expected = Audience(edge, actor).Select(p => $"{p.Email} <- {subject.Reference}: {(p == Client ? walk.States[edge.To].ClientLabel : walk.States[edge.To].TeamLabel)}").Order();
        var arrived = Updates(subject).Skip(before.Count).Order();
        Assert.True(expected.SequenceEqual(arrived), $"{what}: expected emails [{string.Join("; ", expected)}], arrived [{string.Join("; ", arrived)}]");

        if (edge.Render == "signed-contract") await AssertSignedCopyAsync(subject, what);
    }

    // Someone outside `allowed` is refused; then the first allowed role acts, with the comment and
    // fields the transition requires.
    async Task<Person> FireByAllowedAsync(WorkflowWalk walk, Subject subject, Edge edge, string what)
    {
        var allowed = edge.Allowed;
        var (actor, outsider) =
            allowed.Contains("AssignedLawyer") || allowed.Contains("LegalTeam") ? (Lawyer, allowed.Contains("Requester") ? null : Client)
            : allowed.Contains("Requester") || allowed.Contains("Collaborator") ? (Client, Lawyer)
            : allowed.Contains("Admin") ? (Admin, Lawyer)
            : throw new InvalidOperationException($"{what}: no role to act as");
        var fields = edge.Requires.Where(r => r != "comment").ToDictionary(f => f, f => walk.FieldTypes.GetValueOrDefault(f) switch
        {
            "date" => "2027-03-01",
            "number" or "money" => "150000",
            _ => $"Value of {f}",
        });
        var body = new { trigger = edge.Trigger, comment = $"Comment on {edge.Trigger}.", fields };
        if (outsider is not null)
        {
            var refused = await outsider.Api.PostAsJsonAsync($"{subject.Path}/transitions", body);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{what}: {outsider.Email} got {(int)refused.StatusCode}");
        }
        var response = await actor.Api.PostAsJsonAsync($"{subject.Path}/transitions", body);
        Assert.True(response.IsSuccessStatusCode, $"{what} as {actor.Email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return actor;
    }

    // Approve / reject / sign / decline: the people holding the open tasks act, in order, until the
    // workflow moves (approve and sign need every step; reject and decline take one).
    async Task<Person> DecideAsync(Subject subject, Edge edge, string what)
    {
        Assert.Equal("contracts", subject.Kind);
        for (var round = 0; round < 6; round++)
        {
            var instance = await (await Lawyer.Api.GetAsync($"/api/v1/workflow-instances/{subject.Instance}")).JsonAsync(HttpStatusCode.OK);
            var task = instance.GetProperty("tasks").EnumerateArray().FirstOrDefault(t => t.GetProperty("status").GetString() == "Pending");
            Assert.True(task.ValueKind == JsonValueKind.Object, $"{what}: no pending task");
            var person = _people.Values.Single(p => p.Id.ToString() == task.GetProperty("assigneeId").GetString());
            var id = task.GetProperty("id").GetGuid();
            var response = edge.Action switch
            {
                "approve" => await ContractApi.DecideAsync(person.Api, id, true),
                "reject" => await ContractApi.DecideAsync(person.Api, id, false, "Not yet."),
                "sign" => await ContractApi.SignAsync(person.Api, id, person.Name),
                "decline" => await person.Api.PostAsJsonAsync($"/api/v1/signature-tasks/{id}/decline", new { reason = "Wrong party name." }),
                _ => throw new InvalidOperationException($"{what}: unknown action {edge.Action}"),
            };
            Assert.True(response.IsSuccessStatusCode, $"{what} by {person.Email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (await StateAsync(subject) == edge.To) return person;
        }
        throw new Xunit.Sdk.XunitException($"{what}: still not moved after six decisions");
    }

    // The people `notify` names on these demo data: one client, one lawyer (assigned), one admin.
    IEnumerable<Person> Audience(Edge edge, Person actor) => edge.Notify.Select(party => party switch
    {
        "Requester" => Client,
        "AssignedLawyer" or "LegalTeam" => Lawyer,
        "Admin" => Admin,
        _ => throw new InvalidOperationException($"no demo person for the party {party}"),
    }).Distinct().Where(p => p != actor);

    // "to <- subject" of every status email about this subject, in arrival order.
    List<string> Updates(Subject subject) =>
        [.. fixture.Smtp.Received.Select(m => (m, Subject: Unisolated(m.Subject ?? "")))
            .Where(x => x.Subject.StartsWith(subject.Reference + ": ", StringComparison.Ordinal))
            .Select(x => $"{x.m.To.Mailboxes.Single().Address} <- {x.Subject}")];

    // The reference in a subject is isolated (Texts.Bidi); these tests read the words.
    static string Unisolated(string text) => text.Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal);

    async Task DrainAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if (await App.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.Status == OutboxStatus.Pending)) is false) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The outbox did not drain in 30 s.");
    }

    async Task AssertSignedCopyAsync(Subject subject, string what)
    {
        var versions = (await (await Client.Api.GetAsync($"{subject.Path}/versions")).JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var signed = versions.Last();
        Assert.True(signed.GetProperty("origin").GetString() == "Signed", $"{what}: the last version is {signed}");
        // A generated contract carries the certificate in its own PDF; an uploaded one keeps the file
        // as it was and adds the certificate beside it.
        var files = signed.GetProperty("files").EnumerateArray().ToList();
        var certificate = files.FirstOrDefault(f => f.GetProperty("role").GetString() == "Certificate");
        var query = certificate.ValueKind == JsonValueKind.Object ? $"?file={certificate.GetProperty("id").GetGuid()}" : "";
        var text = ContractApi.PdfText(await ContractApi.DownloadAsync(Client.Api, $"/api/v1/contracts/versions/{signed.GetProperty("id").GetGuid()}/content{query}"));
        Assert.True(text.Contains("Signature certificate", StringComparison.Ordinal), $"{what}: no certificate in the signed copy");
    }
}
