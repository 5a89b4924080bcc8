namespace WorkflowPortal.Engine;

// Expected failures the host turns into problem details; exceptions stay for bugs.
public abstract record WorkflowError(string Code, string Message);

public sealed record NotFound(string Code, string Message) : WorkflowError(Code, Message);

public sealed record Forbidden(string Code, string Message) : WorkflowError(Code, Message);

public sealed record Conflict(string Code, string Message) : WorkflowError(Code, Message);

// Errors are keyed by the field or definition element at fault (`reason`, `states[Approval]`).
public sealed record Invalid(string Code, string Message, IReadOnlyDictionary<string, string[]> Errors)
    : WorkflowError(Code, Message);
