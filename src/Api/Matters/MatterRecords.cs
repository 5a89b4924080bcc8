using WorkflowPortal.Workflows.Access;
using WorkflowPortal.Workflows.Intake;
using WorkflowPortal.Workflows.Matters;
using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Api.Matters;

// Everything the matter page shows, read with one person's permissions (the requester's, in a preview).
// Comments and history are their newest pages; the cards read earlier pages on request.
public sealed record MatterRecords(
    MatterDetail Detail,
    Actor Actor,
    Page<CommentView> Comments,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<HearingView> Hearings,
    IReadOnlyList<RelatedPersonView> People,
    IReadOnlyList<KeyDateView> Dates,
    RequestTypeView? Type)
{
    public bool IsTeam => Actor.IsLegalTeam;

    public InformationRequest? Request { get; } = InformationRequest.Of(Detail);
}
