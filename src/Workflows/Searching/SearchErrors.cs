using WorkflowPortal.Workflows.Outcomes;

namespace WorkflowPortal.Workflows.Searching;

public static class SearchErrors
{
    public static readonly Error TooShort = new(ErrorKind.Invalid, "query_too_short",
        $"Type at least {GlobalSearch.MinLength} letters or digits to search.",
        new Dictionary<string, string[]> { ["q"] = [$"Type at least {GlobalSearch.MinLength} letters or digits to search."] });

    public static readonly Error TooLong = new(ErrorKind.Invalid, "query_too_long",
        $"A search is at most {GlobalSearch.MaxLength} characters.",
        new Dictionary<string, string[]> { ["q"] = [$"A search is at most {GlobalSearch.MaxLength} characters."] });
}
