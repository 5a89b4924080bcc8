using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using WorkflowPortal.Workflows.Clients;
using WorkflowPortal.Workflows.Demo;
using WorkflowPortal.Workflows.Notifications;
using WorkflowPortal.Workflows.People;

namespace WorkflowPortal.Workflows;

public static class PortalSetup
{
    public static IServiceCollection AddPortalDomain(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddSingleton(TimeProvider.System);

        var seed = configuration.GetSection("Seed").Get<SeedOptions>() ?? new SeedOptions();
        if (configuration["Seed:Demo"] is null) seed.Demo = environment.IsDevelopment();
        services.AddSingleton(seed);
        services.AddScoped<PortalSeeder>();
        services.AddSingleton(configuration.GetSection("Workflows").Get<Processes.WorkflowOptions>() ?? new Processes.WorkflowOptions());
        services.AddSingleton<Engine.Runtime.WorkflowDefinitionCache>();
        services.AddSingleton<WorkingTime.FirmCalendar>();
        services.AddSingleton<Engine.Deadlines.IWorkingCalendarSource>(sp => sp.GetRequiredService<WorkingTime.FirmCalendar>());
        services.AddScoped<WorkingTime.WorkingTimeSettings>();
        services.AddSingleton<Engine.Runtime.WorkflowRunner>();
        services.AddSingleton<Engine.Definitions.WorkflowDefinitions>();
        services.AddSingleton<Processes.InstanceStates>();
        services.AddSingleton(Access.WriteLimits.From(configuration));
        services.AddScoped<Intake.Requests>();
        services.AddScoped<Intake.References.ReferenceNumbers>();
        services.AddScoped<Assignment.LawyerAssignment>();
        services.AddScoped<Matters.MatterWork>();
        services.AddScoped<Matters.RequesterReminders>();
        services.AddScoped<Matters.MatterNotices>();
        services.AddScoped<Processes.WorkflowCatalog>();
        services.AddScoped<Processes.InstanceAccess>();
        services.AddPortalWorkflowSteps();
        services.AddScoped<Processes.Designer.WorkflowDesign>();
        services.AddSingleton<Engine.Migration.WorkflowMigrator>();
        services.AddScoped<Processes.Migration.WorkflowMigrations>();
        services.AddScoped<Processes.ChangeLog.DefinitionChangeLog>();
        services.AddScoped<Processes.TestRuns.WorkflowTestRuns>();
        services.AddScoped<Intake.RequestTypes>();
        services.TryAddSingleton<Files.IAttachmentStore, Files.LocalAttachmentStore>();
        services.AddSingleton<Files.AttachmentCommit>();
        services.AddSingleton<Files.AttachmentSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<Files.AttachmentSweeper>());
        services.AddSingleton(configuration.GetSection("Attachments").Get<Files.AttachmentOptions>() ?? new Files.AttachmentOptions());
        services.AddScoped<Matters.MatterQueries>();
        services.AddScoped<Searching.GlobalSearch>();
        services.AddScoped<Matters.MatterFiles>();
        services.AddScoped<Matters.MatterComments>();
        services.AddScoped<Matters.MatterHearings>();
        services.AddScoped<Matters.MatterParticulars>();
        services.AddScoped<Matters.MatterFeedback>();
        services.AddScoped<Matters.FirstResponseWarnings>();
        services.AddScoped<Matters.DateReminders>();
        services.AddScoped<Calendar.PersonalCalendar>();
        services.AddScoped<Calendar.CalendarFeeds>();
        services.AddPortalContracts();

        services.AddSingleton(configuration.GetSection("Account").Get<AccountOptions>() ?? new AccountOptions());
        services.AddSingleton<SessionStamps>();
        services.AddScoped<Invitations>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<SignUps>();
        services.AddScoped<AccessPolicies>();
        services.AddScoped<TwoFactorEnrollment>();
        services.AddScoped<ClientDirectory>();
        services.AddPortalNotifications(configuration);
        return services;
    }

    // One use case moves every subject; one handler per (effect kind, subject kind) carries out its effects.
    static void AddPortalWorkflowSteps(this IServiceCollection services)
    {
        services.AddScoped<Access.SubjectParties>();
        services.AddScoped<Processes.Subjects.WorkflowSubjects>();
        services.AddScoped<Processes.Guards.GuardFacts>();
        services.AddScoped<Processes.Effects.Deciders>();
        services.AddScoped<Processes.Effects.EffectHandlers>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Effects.NotifyPartiesHandler>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Effects.NotifyAssigneesHandler>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Effects.StartApprovalsHandler>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Effects.StartSignaturesHandler>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Effects.WorkflowCompletedHandler>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Effects.ContractRenderHandler>();
        services.AddScoped<Processes.WorkflowSteps>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Deadlines.DeadlineReminderHandler>();
        services.AddScoped<Processes.Effects.IEffectHandler, Processes.Deadlines.DeadlineEscalationHandler>();
        services.AddSingleton<Engine.Deadlines.DeadlineDispatch>();
        services.AddScoped<Processes.Deadlines.DeadlineRuns>();
        services.AddHostedService<Processes.Deadlines.DeadlineService>();
    }

    static void AddPortalContracts(this IServiceCollection services)
    {
        // Font lookups are cached and thread-safe: one catalog for the process.
        services.TryAddSingleton(_ => Documents.Fonts.FontCatalog.System());
        services.AddSingleton<Contracts.ContractDocuments>();
        services.AddScoped<Contracts.ContractPeople>();
        services.AddScoped<Contracts.ContractFiling>();
        services.AddScoped<Contracts.SignedCopies>();
        services.AddSingleton<Contracts.Verification.PortalCertificate>();
        services.AddScoped<Contracts.Verification.SignedCopyVerification>();
        services.AddScoped<Contracts.ContractIntake>();
        services.AddScoped<Contracts.ContractWork>();
        services.AddScoped<Contracts.ContractSetup>();
        services.AddScoped<Contracts.ContractQueries>();
        services.AddScoped<Contracts.ContractVersions>();
        services.AddScoped<Contracts.ContractDecisions>();
        services.AddScoped<Contracts.ContractTasks>();
        services.AddScoped<Contracts.ContractTemplates>();
        services.AddScoped<Contracts.Templates.TemplateRendering>();
        services.AddScoped<Contracts.Templates.TemplateStudio>();
        services.AddScoped<Contracts.Clauses.ClauseLibrary>();
        services.AddScoped<Contracts.Templates.ContractTypes>();
        services.AddScoped<Contracts.Milestones.ContractMilestones>();
        services.AddScoped<Contracts.Milestones.MilestoneReminders>();
        services.AddHostedService<Contracts.Milestones.MilestoneReminderService>();
    }

    static void AddPortalNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var email = configuration.GetSection("Email").Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(email);
        services.Configure<PortalLinks>(o => o.PublicUrl = configuration["Portal:PublicUrl"] is { Length: > 0 } url ? url : null);
        services.AddSingleton<EmailTemplates>();
        services.AddScoped<Mailer>();
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddSingleton<PickupTransport>();
        services.AddSingleton<IMailTransport>(sp => email.Mode == EmailMode.Smtp
            ? new SmtpTransport(email)
            : sp.GetRequiredService<PickupTransport>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddScoped<FailedEmails>();
        services.AddScoped<MailOutage>();
        services.AddSingleton<OutboxHousekeeping>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxHousekeeping>());
    }
}
