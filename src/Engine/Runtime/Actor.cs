namespace WorkflowPortal.Engine.Runtime;

// Everything guards may know about the person acting, loaded by the domain before firing:
// guards are synchronous and pure, they never reach for the database.
public sealed record Actor(string UserId, string DisplayName, IReadOnlyCollection<string> Roles, bool IsClient = false)
{
    // Named guards that hold for this person on this instance (e.g. "FeePaid").
    public IReadOnlyCollection<string> Guards { get; init; } = [];

    // The engine itself, firing a deadline: passes role and named guards, never decides a task.
    public bool IsSystem { get; init; }

    public static readonly Actor System = new("system", "System", []) { IsSystem = true };

    public bool HasRole(string role) => Roles.Contains(role);

    public bool Holds(string guard) => Guards.Contains(guard);
}
