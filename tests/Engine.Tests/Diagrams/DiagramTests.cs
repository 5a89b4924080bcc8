using WorkflowPortal.Engine.Approvals;
using WorkflowPortal.Engine.Definitions;
using WorkflowPortal.Engine.Diagrams;
using WorkflowPortal.Engine.Tests.Harness;

namespace WorkflowPortal.Engine.Tests.Diagrams;

public class DiagramTests
{
    [Fact]
    public void A_definition_diagram_shows_every_transition_with_its_guard()
    {
        var diagram = WorkflowDiagrams.Definition(Sample.Definition);
        Assert.StartsWith("stateDiagram-v2\n", diagram);
        Assert.Contains("Draft --> Approval : Submit [Requester or LegalTeam]", diagram);
        Assert.Contains("Approval --> Signing : Approve [assigned, not a client]", diagram);
        Assert.Contains("Signing --> Cancelled : Cancel [Admin]", diagram);
        Assert.Contains("[*] --> Draft", diagram);
        Assert.Contains("Done --> [*]", diagram);
        Assert.Contains("Approval : الاعتماد (approval)", WorkflowDiagrams.Definition(Sample.Definition, "ar"));
    }

    [Fact]
    public async Task An_instance_diagram_marks_the_current_state_and_the_path_taken()
    {
        await using var engine = await TestEngine.SqliteAsync();
        await engine.PublishAsync(Sample.Json);
        var id = await engine.StartAsync(Sample.Key);
        await engine.MustFireAsync(id, People.Client, "Submit");
        await engine.StartApprovalsAsync(id, new ApprovalStepPlan(ApprovalMode.All, [People.Partner.AsAssignee()]));
        await engine.MustFireAsync(id, People.Partner, "Reject", "Again.");
        await engine.MustFireAsync(id, People.Client, "Submit");

        await using var db = engine.NewDb();
        var diagram = (await engine.Runner.GetDiagramAsync(db, id)).Value;
        Assert.Contains("%% path: Draft -> Approval -> Draft -> Approval", diagram);
        Assert.Contains("class Draft visited", diagram);
        Assert.Contains("class Approval current", diagram);
        Assert.DoesNotContain("Signing visited", diagram);
    }

    [Fact]
    public void The_workflows_readme_is_the_generated_one()
    {
        var generated = WorkflowsReadme.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_WORKFLOWS_README") == "1")
            File.WriteAllText(WorkflowsReadme.Path, generated);
        Assert.True(File.Exists(WorkflowsReadme.Path), "workflows/README.md is missing: run with UPDATE_WORKFLOWS_README=1.");
        Assert.Equal(generated, File.ReadAllText(WorkflowsReadme.Path));
        foreach (var file in Repository.DefinitionFiles)
            Assert.Contains(WorkflowDiagrams.Definition(WorkflowJson.Parse(File.ReadAllText(file)).Value), generated);
    }
}
