namespace WorkflowPortal.Workflows.People;

// The portal-wide access settings an administrator changes: who may sign up, and whether the
// legal team must use two-factor authentication. One row.
public sealed class AccessPolicy
{
    public const int SingletonId = 1;

    AccessPolicy() { }

    public int Id { get; private set; } = SingletonId;
    public SignUpMode SignUpMode { get; private set; }
    public bool RequireTwoFactorForLegalTeam { get; private set; }

    public static AccessPolicy Initial(SignUpMode mode) => new() { SignUpMode = mode };

    public void Change(SignUpMode mode, bool requireTwoFactorForLegalTeam)
    {
        SignUpMode = mode;
        RequireTwoFactorForLegalTeam = requireTwoFactorForLegalTeam;
    }
}
