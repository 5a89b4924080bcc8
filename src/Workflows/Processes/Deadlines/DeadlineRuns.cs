using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkflowPortal.Engine;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Workflows.Persistence;
using WorkflowPortal.Workflows.Processes.Subjects;
using Actor = WorkflowPortal.Workflows.Access.Actor;

namespace WorkflowPortal.Workflows.Processes.Deadlines;

// Fires the deadlines that came due, as the system, through the same pipeline as a person's
// step: the engine moves or reminds, the subject's status follows, every effect goes to its
// handler, all in the timer's own unit of work. DeadlineDispatch makes each timer fire once,
// whichever instance claims it.
public sealed class DeadlineRuns(PortalDb db, DeadlineDispatch dispatch, WorkflowSubjects subjects, WorkflowSteps steps)
{
    public const int Batch = 50;

    public Task<int> FireDueAsync(CancellationToken ct) => dispatch.FireDueAsync(db, Batch, CarryOutAsync, ct);

    async Task<WorkflowError?> CarryOutAsync(DeadlineFired fired, CancellationToken ct)
    {
        if (await subjects.ByInstanceAsync(fired.Instance.Id, ct) is not { } subject)
            return new NotFound("subject-missing", $"No matter or contract runs workflow instance {fired.Instance.Id}.");
        var reason = fired.Entry?.Comment;
        var followed = await steps.FollowAsync(subject, fired.Instance, fired.Effects, Actor.System, reason, ct);
        return followed.IsSuccess ? null : new Conflict(followed.Error.Code, followed.Error.Message);
    }
}

// Looks for due deadlines (and first responses, hearings and key dates coming due) every Workflows:DeadlinePollInterval, on every instance of the app:
// the claim (FOR UPDATE SKIP LOCKED on PostgreSQL, a concurrency token everywhere) keeps two
// instances from firing one timer. A full batch is followed at once by the next.
public sealed class DeadlineService(IServiceScopeFactory scopes, WorkflowOptions options, TimeProvider clock, ILogger<DeadlineService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.DeadlinePollInterval, clock);
        do
        {
            try
            {
                int fired;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    fired = await scope.ServiceProvider.GetRequiredService<DeadlineRuns>().FireDueAsync(stoppingToken);
                    if (fired > 0) log.LogInformation("Fired {Count} workflow deadlines", fired);
                } while (fired >= DeadlineRuns.Batch && !stoppingToken.IsCancellationRequested);
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var warned = await scope.ServiceProvider.GetRequiredService<Matters.FirstResponseWarnings>().WarnDueAsync(stoppingToken);
                    if (warned > 0) log.LogInformation("Warned the administrators of {Count} first responses coming due", warned);
                }
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var reminded = await scope.ServiceProvider.GetRequiredService<Matters.DateReminders>().RemindDueAsync(stoppingToken);
                    if (reminded > 0) log.LogInformation("Sent {Count} reminders of hearings and key dates", reminded);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database busy or restarting: the timers stay due and fire on a later pass.
                log.LogWarning(e, "Workflow deadlines could not be fired; retrying on the next pass");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
