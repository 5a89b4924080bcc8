using System.Diagnostics.CodeAnalysis;

namespace WorkflowPortal.Engine;

// A value or the typed reason there is none. Implicit conversions keep call sites short:
// `return instance;` or `return new NotFound(...)`.
public sealed class WorkflowResult<T>
{
    readonly T? _value;

    WorkflowResult(T? value, WorkflowError? error)
    {
        _value = value;
        Error = error;
    }

    public WorkflowError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error.Code} {Error.Message}");

    // For interface-typed values, which C# will not convert implicitly.
    public static WorkflowResult<T> From(T value) => new(value, null);

    public static implicit operator WorkflowResult<T>(T value) => new(value, null);

    public static implicit operator WorkflowResult<T>(WorkflowError error) => new(default, error);

    public TOut Match<TOut>(Func<T, TOut> success, Func<WorkflowError, TOut> failure) =>
        IsSuccess ? success(_value!) : failure(Error);
}
