using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.People;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes;

namespace WorkflowPortal.Workflows.Demo;

// Brings a database to a usable state. Every step checks before it writes, so that starting the
// app twice (or two instances at once) never duplicates anything.
public sealed class PortalSeeder(
    PortalDb db,
    RoleManager<PortalRole> roles,
    UserManager<PortalUser> users,
    SeedOptions options,
    WorkflowDefinitions definitions,
    WorkflowOptions workflows,
    AccountOptions account,
    TimeProvider clock,
    Contracts.Templates.TemplateRendering rendering,
    ILogger<PortalSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        // MigrateAsync also diffs the whole model against the snapshot on every start; a database
        // with no pending migration skips that work.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
            if (await Searching.SearchBackfill.AfterMigratingAsync(db, pending, ct) is > 0 and var filled)
                logger.LogInformation("Folded the search text of {Rows} rows written before it existed", filled);
        }
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Ensure(await roles.CreateAsync(new PortalRole(role)), $"role {role}");
        }

        if (!await db.Set<AccessPolicy>().AnyAsync(ct))
        {
            db.Add(AccessPolicy.Initial(account.SignUp));
            await db.SaveChangesAsync(ct);
        }

        var adminPassword = options.AdminPassword ?? (options.Demo ? SeedOptions.DefaultAdminPassword : null);
        if (adminPassword is null)
        {
            if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
                logger.LogWarning("No administrator exists and Seed:AdminPassword is not set: nobody can sign in as an administrator.");
        }
        else
        {
            await EnsureUserAsync(options.AdminEmail, "Portal Administrator", Roles.Admin, "en", adminPassword);
        }

        // Default workflows load as version 1 once; later edits are new versions, never overwritten.
        var loaded = await definitions.SeedFromFolderAsync(db, workflows.Folder, ct);
        if (loaded.Count > 0) logger.LogInformation("Loaded default workflows {Keys}", string.Join(", ", loaded));

        if (!options.Demo) return;
        foreach (var demo in DemoAccounts.All)
            await EnsureUserAsync(demo.Email, demo.DisplayName, demo.Role, demo.Language, SeedOptions.DemoPassword);
        await EnsureDemoClientAsync(ct);
        await EnsureRequestTypesAsync(ct);
    }

    async Task EnsureRequestTypesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var (id, name, order) in DemoRequestTypes.Categories)
        {
            if (await db.Set<RequestCategory>().AnyAsync(c => c.Id == id, ct)) continue;
            db.Add(new RequestCategory(id, name, order));
        }
        foreach (var (id, spec) in DemoRequestTypes.Types().Concat(DemoTemplates.RequestTypes()))
        {
            if (await db.Set<RequestType>().AnyAsync(t => t.Id == id, ct)) continue;
            db.Add(new RequestType(id, spec, now));
        }
        foreach (var type in DemoContracts.Types().Concat(DemoTemplates.Types()))
        {
            if (!await db.Set<Contracts.ContractType>().AnyAsync(t => t.Id == type.Id, ct)) db.Add(type);
        }
        foreach (var (key, spec) in DemoClauses.All())
        {
            if (!await db.Set<Contracts.Clauses.ContractClause>().AnyAsync(c => c.Key == key, ct)) db.Add(new Contracts.Clauses.ContractClause(Guid.NewGuid(), key, spec, now));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (id, spec) in DemoTemplates.Templates()) await EnsureTemplateAsync(id, spec, now, ct);
    }

    // A seeded template is published as version 1. One the seeder published and nobody changed
    // since is brought up to the seeded text as the next version (older releases seeded a one-page
    // services agreement); a template the legal team edited is theirs and left alone.
    async Task EnsureTemplateAsync(Guid id, Contracts.TemplateSpec spec, DateTimeOffset now, CancellationToken ct)
    {
        var template = await db.Set<Contracts.ContractTemplate>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null)
        {
            template = new Contracts.ContractTemplate(id, spec, now);
            db.Add(template);
        }
        else if (template.PublishedVersion > 0)
        {
            var bySeeder = !await db.Set<Contracts.Templates.ContractTemplateVersion>()
                .AnyAsync(v => v.TemplateId == id && v.PublishedBy != Guid.Empty, ct);
            if (!bySeeder || template.HasDraft || (template.BodyEn == spec.BodyEn && template.BodyAr == spec.BodyAr)) return;
            template.Edit(spec, now);
        }
        else if (template.Fields.Count == 0) template.Edit(spec, now);
        var clauses = await rendering.ClausesForAsync(template.BodyEn, template.BodyAr, "en", ct);
        if (!clauses.IsSuccess) throw new InvalidOperationException($"The seeded template {id} inserts a clause the library lacks: {clauses.Error.Message}");
        var questionnaire = await rendering.QuestionnaireAsync(template.Fields, clauses.Value, ct);
        db.Add(template.Publish(questionnaire, clauses.Value, Guid.Empty, now));
        await db.SaveChangesAsync(ct);
    }

    // The demo portal users work for one company, so that the portal shows them something shared.
    async Task EnsureDemoClientAsync(CancellationToken ct)
    {
        var normalized = ClientOrganization.Normalize(DemoAccounts.ClientName);
        var client = await db.Set<ClientOrganization>().Include(c => c.Departments).FirstOrDefaultAsync(c => c.NormalizedName == normalized, ct);
        if (client is null)
        {
            client = ClientOrganization.Create(DemoAccounts.ClientName, ClientKind.Company, clock.GetUtcNow());
            foreach (var department in DemoAccounts.Departments) client.AddDepartment(department);
            db.Add(client);
            await db.SaveChangesAsync(ct);
        }
        foreach (var demo in DemoAccounts.All.Where(a => a.Role is Roles.Client or Roles.Collaborator))
        {
            var user = await users.FindByEmailAsync(demo.Email);
            if (user is null || user.ClientId is not null) continue;
            var department = client.Departments.FirstOrDefault(d => d.Name == demo.Department);
            user.JoinClient(client.Id, department?.Id);
            Ensure(await users.UpdateSecurityStampAsync(user), $"client of {demo.Email}");
        }
    }

    async Task EnsureUserAsync(string email, string name, string role, string language, string password)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Language = language,
            CreatedAt = clock.GetUtcNow(),
        };
        Ensure(await users.CreateAsync(user, password), $"user {email}");
        Ensure(await users.AddToRoleAsync(user, role), $"role of {email}");
        logger.LogInformation("Seeded {Role} account {UserId}", role, user.Id);
    }

    static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
