namespace WorkflowPortal.Workflows.Outcomes;

// The outcome of a use case: a value, or an expected error. Bugs stay exceptions.
public readonly struct Result<T>
{
    readonly T? _value;
    readonly Error? _error;

    Result(T? value, Error? error)
    {
        _value = value;
        _error = error;
    }

    public bool IsSuccess => _error is null;
    public T Value => _error is null ? _value! : throw new InvalidOperationException($"No value: {_error.Message}");
    public Error Error => _error ?? throw new InvalidOperationException("The result succeeded.");

    public static implicit operator Result<T>(T value) => new(value, null);

    // For interface-typed values, which C# will not convert implicitly.
    public static Result<T> From(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);

    public TOut Match<TOut>(Func<T, TOut> success, Func<Error, TOut> failure) =>
        _error is null ? success(_value!) : failure(_error);
}

// For use cases that succeed with nothing to return.
public readonly record struct Done
{
    public static readonly Done Value = default;
}
