namespace WorkflowPortal.Engine.Definitions;

// Roles a transition may name in `allowed`. The domain decides who holds them for an instance.
public static class WorkflowRoles
{
    public const string Admin = "Admin";
    public const string LegalTeam = "LegalTeam";
    public const string Requester = "Requester";
    public const string Collaborator = "Collaborator";
    public const string AssignedLawyer = "AssignedLawyer";

    public static readonly IReadOnlySet<string> Known =
        new HashSet<string>([Admin, LegalTeam, Requester, Collaborator, AssignedLawyer], StringComparer.Ordinal);

    // Parties that stand on the client's side: never an approver, rejecter or signer.
    public static readonly IReadOnlySet<string> ClientSide =
        new HashSet<string>([Requester, "Client"], StringComparer.OrdinalIgnoreCase);
}
