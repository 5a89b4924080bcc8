using WorkflowPortal.Engine.Runtime;
using WorkflowPortal.Workflows.Contracts;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Processes.Subjects;

namespace WorkflowPortal.Workflows.Processes.Effects;

// `render` on a contract: the documents SubjectSupport.Documents allows for contracts.
public sealed class ContractRenderHandler(SignedCopies signedCopies) : EffectHandler<RenderDocument>
{
    public override IReadOnlyCollection<SubjectKind> Subjects => [SubjectKind.Contract];

    protected override async Task<Result<Done>> RunAsync(EffectContext context, RenderDocument effect, CancellationToken ct)
    {
        var contract = (Contract)context.Subject;
        switch (effect.Template)
        {
            case "signed-contract":
                var copy = await signedCopies.AddAsync(contract, context.Actor, ct);
                return copy.IsSuccess ? Done.Value : copy.Error;
            default:
                throw new EffectNotHandledException(effect, SubjectKind.Contract);
        }
    }
}
