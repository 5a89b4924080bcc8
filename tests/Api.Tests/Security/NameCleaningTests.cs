using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowPortal.Api.Tests.Hosting;
using WorkflowPortal.Api.Tests.Matters;
using WorkflowPortal.Testing;
using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Api.Tests.Security;

// One rule for names and titles, applied in the domain (PlainText.Line): tabs and line breaks become
// one space, other control characters (NUL, ESC...) and bidi overrides go, the ends are trimmed. The API and the use cases
// the pages call store the same text; on PostgreSQL a NUL that got through would be a 500.
public sealed class NameCleaningTests
{
    const string Dirty = "Acme\r\nTrading\u0000 Co\u001b\u202E";
    const string Clean = "Acme Trading Co";

    [Fact]
    public async Task Client_invitation_and_request_type_names_sent_to_the_api_are_stored_as_one_clean_line()
    {
        await using var app = PortalApp.OnSqlite();
        using var admin = await app.SignedInAsync("admin@demo.portal");
        var client = await (await admin.PostAsJsonAsync("/api/v1/clients", new { name = Dirty, kind = "Company", departments = new[] { "Legal\r\n\u0000Dept" } }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(Clean, client.GetProperty("name").GetString());
        Assert.Equal("Legal Dept", client.GetProperty("departments")[0].GetProperty("name").GetString());

        await (await admin.PostAsJsonAsync("/api/v1/portal-users", new
        {
            email = "mona@acme.example", displayName = "Mona\r\n\u001bHassan\u202E", clientId = client.GetProperty("id").GetGuid(), kind = "Client", language = "en",
        })).JsonAsync(HttpStatusCode.Created);
        var users = await (await admin.GetAsync("/api/v1/portal-users?search=mona")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Mona Hassan", users.GetProperty("items")[0].GetProperty("displayName").GetString());

        var category = (await (await admin.GetAsync($"/api/v1/request-types/{MatterFlowTests.Consultation}")).JsonAsync()).GetProperty("categoryId").GetGuid();
        var type = await (await admin.PostAsJsonAsync("/api/v1/request-types", new
        {
            categoryId = category,
            name = new { en = "Lease\u0000\nreview\u0000", ar = "مراجعة\r\nعقد\u202E" },
            description = new { en = "Line one\nline two", ar = "سطر\nسطر" },
            creates = "Matter",
            workflowKey = "consultation-request",
            fields = Array.Empty<object>(),
        })).JsonAsync(HttpStatusCode.Created);
        var stored = await (await admin.GetAsync($"/api/v1/request-types/{type.GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Lease review", stored.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal("مراجعة عقد", stored.GetProperty("name").GetProperty("ar").GetString());
        // A description is free text: its line break stays.
        Assert.Equal("Line one\nline two", stored.GetProperty("description").GetProperty("en").GetString());
    }

    [Fact]
    public Task The_use_cases_the_pages_call_clean_names_and_titles_the_same_way() => UseCasesCleanAsync(PortalApp.OnSqlite());

    [PostgresFact]
    public async Task On_postgres_the_use_cases_the_pages_call_store_a_nul_free_line()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await UseCasesCleanAsync(new PortalApp(TempFolder.Create(), database.ConnectionString));
    }

    // What the client directory page and the matter page do: call the use case with the typed text.
    static async Task UseCasesCleanAsync(PortalApp app)
    {
        await using var _ = app;
        using var http = await app.SignedInAsync("client@demo.portal");
        var submitted = await http.PostAsJsonAsync("/api/v1/requests", MatterFlowTests.ConsultationBody("Unpaid\r\nsalary\u0000"));
        var matter = (await submitted.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var admin = await ActorAsync(services, "admin@demo.portal", Roles.Admin);
        var lawyer = await ActorAsync(services, "lawyer@demo.portal", Roles.LegalTeam);

        var client = await services.GetRequiredService<ClientDirectory>().CreateAsync(new SaveClient(Dirty, "Company", ["Legal\u0000\r\nDept"]), admin, default);
        Assert.True(client.IsSuccess, client.IsSuccess ? "" : client.Error.Message);
        Assert.Equal(Clean, client.Value.Name);
        Assert.Equal("Legal Dept", client.Value.Departments.Single().Name);
        var particulars = services.GetRequiredService<MatterParticulars>();
        var date = await particulars.AddDateAsync(matter, "Filing\u0000\r\ndeadline\u202E", new DateOnly(2027, 3, 1), true, lawyer, default);
        Assert.Equal("Filing deadline", date.Value.Title);
        var person = await particulars.AddPersonAsync(matter, "Omar\u0000\nSaleh\u001b", "Witness\r\n", null, lawyer, default);
        Assert.Equal(("Omar Saleh", "Witness"), (person.Value.Name, person.Value.Role));
        var detail = await (await http.GetAsync($"/api/v1/matters/{matter}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Unpaid salary", detail.GetProperty("title").GetString());
        Assert.Equal(["Filing deadline"], (await particulars.DatesAsync(matter, lawyer, default)).Value.Select(d => d.Title));
    }

    static async Task<Actor> ActorAsync(IServiceProvider services, string email, string role)
    {
        var user = await services.GetRequiredService<UserManager<PortalUser>>().Users.SingleAsync(u => u.Email == email);
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { role }, null, null, "en");
    }
}
