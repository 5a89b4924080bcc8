namespace WorkflowPortal.Workflows.Paging;

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
