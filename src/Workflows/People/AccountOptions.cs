namespace WorkflowPortal.Workflows.People;

// Account:* settings: how long the links we email stay valid, and who may sign up alone.
public sealed class AccountOptions
{
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromHours(72);
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);
    public TimeSpan EmailConfirmationLifetime { get; set; } = TimeSpan.FromHours(24);

    public int LockoutAttempts { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    // How long a person's security stamp is trusted before it is read again: revocation (sign-out
    // elsewhere, deactivation, password change) reaches every instance within this time.
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    // The initial sign-up mode; administrators change it afterwards on the team page.
    public SignUpMode SignUp { get; set; } = SignUpMode.Disabled;

    // The legal-team member who approves sign-ups (RequiresApproval); empty means every administrator.
    public string? SignUpApproverEmail { get; set; }
}

public enum SignUpMode { Disabled, AutoApprove, RequiresApproval }
