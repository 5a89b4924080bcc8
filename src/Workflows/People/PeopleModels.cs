namespace WorkflowPortal.Workflows.People;

public sealed record InviteTeamMember(string? Email, string? DisplayName, string? Role, string? Language);

public sealed record InvitePortalUser(string? Email, string? DisplayName, Guid? ClientId, Guid? DepartmentId, string? Kind, string? Language);

public sealed record AcceptInvitation(Guid? UserId, string? Token, string? Password);

public sealed record ResetPassword(Guid? UserId, string? Token, string? Password);

public sealed record SignUp(string? Email, string? DisplayName, string? Password, string? Language);

public sealed record ConfirmSignUp(Guid? UserId, string? Token);

public sealed record ApproveSignUp(Guid? ClientId, Guid? DepartmentId, string? Kind);

public sealed record Invited(Guid Id);

public sealed record PersonView(
    Guid Id, string Email, string DisplayName, string Role, string Status, string Language,
    Guid? ClientId, Guid? DepartmentId, bool TwoFactorEnabled, DateTimeOffset CreatedAt, DateTimeOffset? InvitedAt);

public sealed record AccessPolicyView(string SignUpMode, bool RequireTwoFactorForLegalTeam);

public enum SignUpOutcome { Admitted, AwaitingApproval }
