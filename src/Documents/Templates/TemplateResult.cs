namespace WorkflowPortal.Documents.Templates;

// A template problem the author can fix: the 1-based line in the template source and what is wrong.
public sealed record TemplateError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}

// Either a value or a template error, never both: a broken template never yields a half-rendered contract.
public sealed class TemplateResult<T>
    where T : class
{
    TemplateResult(T? value, TemplateError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public TemplateError? Error { get; }

    public bool IsSuccess => Error is null;

    public static TemplateResult<T> Success(T value) => new(value, null);

    public static TemplateResult<T> Failure(TemplateError error) => new(null, error);

    public TResult Match<TResult>(Func<T, TResult> success, Func<TemplateError, TResult> failure) =>
        Error is null ? success(Value!) : failure(Error);
}
