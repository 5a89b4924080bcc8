using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Deadlines;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Signatures;

namespace WorkflowPortal.Engine.Rehearsal;

// Plays a definition (a draft too) in memory through the runner's own Decide: the same routing,
// guards, required fields, tasks and deadlines as a real instance, with no DbContext anywhere.
// Approvals and signatures the state asks for are held by the player, so a test run can go on.
public sealed class WorkflowRehearsal(IWorkingCalendarSource? calendars = null)
{
    public const string PlayerId = "test-run";

    public WorkflowResult<RehearsalView> Play(WorkflowDefinition definition, RehearsalRequest request)
    {
        var problems = WorkflowValidator.Validate(definition);
        if (problems.Count > 0)
            return ValidationMessage.ToInvalid(problems);
        if (!RehearsalRoles.Of(definition).Contains(request.Role))
            return new Invalid("role-unknown", $"'{request.Role}' is not a role of this workflow.",
                new Dictionary<string, string[]> { ["role"] = [$"Choose one of: {string.Join(", ", RehearsalRoles.Of(definition))}."] });
        var sample = SampleData.Check(definition, request.Data);
        if (sample is not null)
            return sample;

        var workflow = CompiledWorkflow.Compile(definition);
        var runner = new WorkflowRunner(new WorkflowDefinitionCache(), new FixedTime(request.Now), calendars);
        var actor = new Actor(PlayerId, "Test run", [request.Role], WorkflowRoles.ClientSide.Contains(request.Role)) { Guards = request.Guards };
        var start = InstanceData.Empty.With(definition, request.Data);
        var initial = workflow.State(definition.InitialState);
        var instance = new WorkflowInstance(definition.Key, definition.Version, initial.Name, new WorkflowSubject("TestRun", PlayerId), request.Now, start);
        var timers = runner.Schedule(instance, initial, request.Now);
        var entry = new List<WorkflowEffect>();
        WorkflowRunner.AddEntryEffects(initial, entry, workflow, instance.Data);
        var tasks = Hold(instance, entry, request.Now);
        var steps = new List<RehearsalStepView>
        {
            new(0, WorkflowRunner.StartTrigger, null, initial.Name, initial.Name, initial.Label ?? new LocalizedText(initial.Name, initial.Name),
                request.Now, [], entry, [.. timers.Select(t => Deadline(workflow, t))], null),
        };

        foreach (var (step, index) in (request.Fired ?? []).Select((s, i) => (s, i + 1)))
        {
            var from = instance.State;
            var command = new FireCommand(step.Trigger, step.Comment, step.Fields);
            var data = instance.Data.With(definition, step.Fields);
            var branches = Branches(workflow, from, step.Trigger, data);
            var visit = instance.Visit;
            var decided = runner.Decide(instance, workflow, tasks, actor, command, timers);
            if (!decided.IsSuccess)
                return AtStep(decided.Error, index, step.Trigger);
            var fired = decided.Value;
            timers = [.. timers.Where(t => t.Status == TimerStatus.Pending), .. fired.Scheduled];
            if (instance.Visit != visit)
                tasks = Hold(instance, fired.Effects, request.Now);
            var to = workflow.State(instance.State);
            steps.Add(new(index, step.Trigger, Label(definition, step.Trigger), from, to.Name, to.Label ?? new LocalizedText(to.Name, to.Name),
                request.Now, branches, fired.Effects, [.. fired.Scheduled.Select(t => Deadline(workflow, t))], fired.Entry.Reason));
        }

        var current = workflow.State(instance.State);
        var permitted = WorkflowRunner.Actions(instance, workflow, tasks, actor).GetAwaiter().GetResult();
        return new RehearsalView(current.Name, current.Label ?? new LocalizedText(current.Name, current.Name), instance.CompletedAt is not null,
            permitted, Refusals.Of(workflow, instance.State, instance.Data, actor, tasks.IsPendingFor(actor.UserId), permitted),
            steps, [.. timers.OrderBy(t => t.DueAt).Select(t => Deadline(workflow, t))], Tasks(tasks, current),
            [.. instance.Data.Values.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new DataView(p.Key, p.Value.Type, DeadlineDefinition.LabelOf(definition, p.Key), p.Value.Values))]);
    }

    // The approvals or signatures a state just entered asks for, every one held by the player.
    static OpenTasks Hold(WorkflowInstance instance, IEnumerable<WorkflowEffect> effects, DateTimeOffset now)
    {
        var player = new Assignee(PlayerId, "Test run");
        foreach (var effect in effects)
        {
            if (effect is StartApprovals approvals && approvals.State == instance.State)
                return new OpenTasks(new ApprovalRound([.. approvals.DefaultSteps.Select((s, i) =>
                    new ApprovalTask(instance.Id, instance.State, instance.Visit, i + 1, 1, s.Mode, player, active: i == 0, now))]), null);
            if (effect is StartSignatures signatures && signatures.State == instance.State)
                return new OpenTasks(null, new SignatureRound([.. signatures.DefaultSigners.Select((_, i) =>
                    new SignatureTask(instance.Id, instance.State, instance.Visit, i + 1, player, now))]));
        }
        return OpenTasks.None;
    }

    // Every branch of the trigger from this state, in the order routing tries them.
    static List<RehearsalBranch> Branches(CompiledWorkflow workflow, string state, string trigger, InstanceData data)
    {
        var chosen = workflow.Route(state, trigger, data);
        return [.. workflow.From(state).Where(t => t.Trigger == trigger).Select(t => new RehearsalBranch(
            t.To, t.Definition.When, t.Condition?.Text, t.Condition?.Holds(data) ?? true, ReferenceEquals(t, chosen)))];
    }

    static List<RehearsalTask> Tasks(OpenTasks tasks, StateDefinition state) =>
    [
        .. (tasks.Approvals?.Tasks ?? []).Select(t => new RehearsalTask(StateKind.Approval, t.Step,
            state.Approval?.ElementAtOrDefault(t.Step - 1)?.Label, t.Status.ToString())),
        .. (tasks.Signatures?.Tasks ?? []).Select(t => new RehearsalTask(StateKind.Signature, t.Order, null, t.Status.ToString())),
    ];

    static RehearsalDeadline Deadline(CompiledWorkflow workflow, WorkflowTimer timer)
    {
        var deadline = workflow.State(timer.State).Deadlines[timer.Deadline];
        return new(timer.State, timer.Deadline, timer.DueAt, deadline.Remind, deadline.Escalate, deadline.Fire,
            deadline.Comment ?? new LocalizedText("Deadline", "موعد"));
    }

    static LocalizedText? Label(WorkflowDefinition definition, string trigger) =>
        definition.Transitions.FirstOrDefault(t => t.Trigger == trigger)?.Label;

    // The runner's refusal, told with the step that met it so the panel can point at it.
    static WorkflowError AtStep(WorkflowError error, int step, string trigger) => error switch
    {
        Invalid invalid => invalid with { Message = $"Step {step} ('{trigger}'): {invalid.Message}" },
        // Not a lack of rights to test: the played role may not take this step here.
        _ => new Invalid(error.Code, $"Step {step} ('{trigger}'): {error.Message}",
            new Dictionary<string, string[]> { [$"fired[{step - 1}]"] = [error.Message] }),
    };

    sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
