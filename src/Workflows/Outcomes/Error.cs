namespace WorkflowPortal.Workflows.Outcomes;

public enum ErrorKind { Invalid, Unauthorized, Forbidden, NotFound, Conflict, Locked, TooManyRequests }

// An expected failure of a use case. The host turns it into problem details in one place.
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    // How long to wait, for TooManyRequests (whole seconds, at least one).
    public int? RetryAfterSeconds { get; init; }

    public static Error NotFound(string what) => new(ErrorKind.NotFound, "not_found", $"{what} was not found.");
    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);
    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);
    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);

    public static Error TooManyRequests(TimeSpan after)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds));
        return new(ErrorKind.TooManyRequests, "rate_limited", $"Too many requests: try again in {seconds} seconds.") { RetryAfterSeconds = seconds };
    }

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields, string message = "Some fields are not valid.") =>
        new(ErrorKind.Invalid, "invalid", message, fields);

    public static Error Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);
}
