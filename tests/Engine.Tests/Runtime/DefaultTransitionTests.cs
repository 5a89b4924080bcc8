using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Engine.Tests.Harness;
using WorkflowPortal.Testing;

namespace WorkflowPortal.Engine.Tests.Runtime;

// Each row plays a script of "who trigger" steps on a shipped workflow and names where it ends,
// or how its last step is refused. Approvals go to the lawyer, then the head of legal or the
// partner; signatures to the counterparty, then the partner.
public class DefaultTransitionTests
{
    public static TheoryData<string, string, string> Scripts => new()
    {
        { "consultation-request", "lawyer StartReview, lawyer RequestInformation, client ProvideInformation, lawyer PrepareOpinion, lawyer DeliverOpinion, client Close", "Closed" },
        { "consultation-request", "lawyer StartReview, lawyer PrepareOpinion, lawyer DeliverOpinion, client AskFollowUp", "UnderReview" },
        { "consultation-request", "lawyer RequestInformation", "NeedsInformation" },
        { "consultation-request", "client Withdraw", "Cancelled" },
        { "consultation-request", "lawyer StartReview, admin Cancel", "Cancelled" },
        { "consultation-request", "client StartReview", "Forbidden" },
        { "consultation-request", "lawyer DeliverOpinion", "Conflict" },
        { "consultation-request", "lawyer StartReview, lawyer RequestInformation, lawyer ProvideInformation", "Forbidden" },
        { "litigation-case", "admin StartAssessment, lawyer RequestDocuments, client ProvideDocuments, partner AcceptCase, lawyer FileClaim, lawyer RecordJudgment, lawyer FileAppeal, lawyer RecordAppealJudgment, lawyer CloseCase", "Closed" },
        { "litigation-case", "admin StartAssessment, partner DeclineCase", "Declined" },
        { "litigation-case", "client Withdraw", "Withdrawn" },
        { "litigation-case", "admin StartAssessment, partner AcceptCase, admin Cancel", "Withdrawn" },
        { "litigation-case", "admin StartAssessment, client AcceptCase", "Forbidden" },
        { "litigation-case", "admin StartAssessment, partner AcceptCase, client Withdraw", "Conflict" },
        { "contract-request", "lawyer StartDrafting, lawyer RequestInformation, client ProvideInformation, lawyer ShareDraft, client RequestChanges, lawyer ShareDraft, client ConfirmDraft, lawyer Approve, head Approve, counterparty Sign, partner Sign", "Executed" },
        { "contract-request", "lawyer StartDrafting, lawyer ShareDraft, client ConfirmDraft, lawyer Reject", "Drafting" },
        { "contract-request", "lawyer StartDrafting, lawyer ShareDraft, client ConfirmDraft, lawyer Approve, partner Approve, counterparty DeclineToSign", "Drafting" },
        { "contract-request", "lawyer StartDrafting, lawyer ShareDraft, client ConfirmDraft, client Approve", "Forbidden" },
        { "contract-request", "lawyer StartDrafting, lawyer ShareDraft, client ConfirmDraft, lawyer Approve, head Approve, client Sign", "Forbidden" },
        { "contract-request", "lawyer StartDrafting, client Withdraw", "Cancelled" },
        { "contract-review", "lawyer StartReview, lawyer ShareComments, client UploadRevision, lawyer SubmitForApproval, lawyer Approve, head Approve, counterparty Sign, partner Sign", "Completed" },
        { "contract-review", "lawyer StartReview, lawyer SubmitForApproval, lawyer Reject", "UnderReview" },
        { "contract-review", "lawyer StartReview, lawyer RequestInformation, colleague ProvideInformation", "UnderReview" },
        { "contract-review", "lawyer StartReview, lawyer SubmitForApproval, head Approve", "Forbidden" },
        { "contract-review", "client StartReview", "Forbidden" },
        { "contract-from-template", "partner Generate, lawyer SubmitForApproval, lawyer Approve, partner Approve, counterparty Sign, partner Sign", "Executed" },
        { "contract-from-template", "partner Generate, lawyer ReturnForChanges", "Requested" },
        { "contract-from-template", "partner Generate, lawyer SubmitForApproval, lawyer Approve, head Approve, counterparty DeclineToSign", "Prepared" },
        { "contract-from-template", "client Generate", "Forbidden" },
    };

    public static IEnumerable<object[]> HappyPaths =>
        Scripts.Select(row => (object[])row).Where(row => ((string)row[1]).Contains("Sign, partner Sign", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_default_workflow_follows_its_script(string key, string script, string outcome)
    {
        await using var engine = await TestEngine.SqliteAsync();
        await Play(engine, key, script, outcome);
    }

    [PostgresTheory]
    [MemberData(nameof(HappyPaths))]
    public async Task A_contract_runs_its_whole_path_on_postgres(string key, string script, string outcome)
    {
        await using var engine = await TestEngine.PostgresAsync();
        await Play(engine, key, script, outcome);
    }

    static async Task Play(TestEngine engine, string key, string script, string outcome)
    {
        await engine.SeedDefaultsAsync();
        var definition = WorkflowJson.Parse(Repository.DefaultJson(key)).Value;
        var id = await engine.StartAsync(key);
        var steps = script.Split(", ").Select(s => s.Split(' ')).ToList();
        var refusals = new[] { "Forbidden", "Conflict", "Invalid" };

        for (var i = 0; i < steps.Count; i++)
        {
            var (actor, trigger) = (Cast[steps[i][0]], steps[i][1]);
            var fired = await engine.FireAsync(id, actor, trigger, "Noted.", FieldsFor(definition, trigger));
            if (i == steps.Count - 1 && refusals.Contains(outcome))
            {
                Assert.False(fired.IsSuccess, $"{steps[i][0]} {trigger} should have been refused.");
                Assert.Equal(outcome, fired.Error.GetType().Name);
                return;
            }
            Assert.True(fired.IsSuccess, $"step {i + 1} ({steps[i][0]} {trigger}): {fired.Error}");
            await StartTasks(engine, id, fired.Value.Effects);
        }
        Assert.Equal(outcome, await engine.StateAsync(id));
        Assert.Equal(steps.Count + 1, (await engine.ViewAsync(id)).History.Count);
    }

    static async Task StartTasks(TestEngine engine, Guid id, IReadOnlyList<WorkflowEffect> effects)
    {
        if (effects.OfType<StartApprovals>().Any())
            await engine.StartApprovalsAsync(id,
                new(ApprovalMode.All, [People.Lawyer.AsAssignee()]),
                new(ApprovalMode.Any, [People.HeadOfLegal.AsAssignee(), People.Partner.AsAssignee()]));
        if (effects.OfType<StartSignatures>().Any())
            await engine.StartSignaturesAsync(id, People.Counterparty, People.Partner);
    }

    static readonly Dictionary<string, Actor> Cast = new()
    {
        ["client"] = People.Client, ["colleague"] = People.ClientColleague, ["lawyer"] = People.Lawyer,
        ["partner"] = People.Partner, ["head"] = People.HeadOfLegal, ["admin"] = People.Admin, ["counterparty"] = People.Counterparty,
    };

    static Dictionary<string, string> FieldsFor(WorkflowDefinition definition, string trigger) =>
        definition.Transitions.Where(t => t.Trigger == trigger).SelectMany(t => t.Requires)
            .Select(definition.FindField).OfType<FieldDefinition>().Distinct()
            .ToDictionary(f => f.Name, f => f.Type switch { FieldType.Date => "2026-04-15", FieldType.Number => "25000", _ => "Value" });
}
