using WorkflowPortal.Api.Access;
using WorkflowPortal.Api.Account;
using WorkflowPortal.Api.Contracts;
using WorkflowPortal.Api.Designer;
using WorkflowPortal.Api.Intake;
using WorkflowPortal.Api.Matters;
using WorkflowPortal.Api.Admin;
using WorkflowPortal.Api.Calendar;
using WorkflowPortal.Api.Notifications;
using WorkflowPortal.Api.Operations;
using WorkflowPortal.Api.Localization;
using WorkflowPortal.Api.Problems;
using WorkflowPortal.Api.Search;
using WorkflowPortal.Api.Security;
using WorkflowPortal.Api.Processes;
using WorkflowPortal.Api.Shell;
using WorkflowPortal.Api.Templates;
using WorkflowPortal.Api.Verification;
using WorkflowPortal.Workflows;
using WorkflowPortal.Workflows.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.Services.AddPortalPersistence(builder.Configuration, builder.Environment);
builder.Services.AddPortalDomain(builder.Configuration, builder.Environment);
builder.Services.AddPortalIdentity();
builder.Services.AddPortalAccess();
builder.Services.AddPortalRateLimits(builder.Configuration);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalProblems();
builder.Services.AddPortalHealth();
builder.Services.AddPortalApiDocs();
builder.Services.AddPortalShell();
builder.Services.AddContractPages();
builder.Services.AddDesigner();

var app = builder.Build();

await app.PreparePortalAsync();

app.UsePortalSecurityHeaders();
app.UsePortalProblems();
app.UsePortalLocalization();
app.UsePublicUrlFromRequests();
app.UseStaticFiles();
app.UseCrossOriginCheck();
app.UseAuthentication();
app.UseSessionCheck();
app.UseRateLimiter();
app.UseAuthorization();
app.UseTwoFactorRequirement();
app.UseAntiforgery();

app.MapPortalHealth();
app.MapPortalApiDocs();
app.MapAccount();
app.MapRequestTypes();
app.MapRequests();
app.MapMatters();
app.MapContracts();
app.MapTemplateStudio();
app.MapVerification();
app.MapWorkflows();
app.MapWorkflowMigrations();
app.MapWorkflowTestRuns();
app.MapAdmin();
app.MapNotifications();
app.MapOutbox();
app.MapWorkingCalendar();
app.MapPersonalCalendar();
app.MapSearch();
app.MapLanguageSwitch();
app.MapPortalShell();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();

// Visible to WebApplicationFactory in the tests.
public partial class Program;
