namespace WorkflowPortal.Workflows.Searching;

// An entity a list searches. Its words are folded (SearchText.Fold) into a "SearchText" column
// on every save, and that column is what every search reads, on both databases.
public interface ISearchable
{
    string SearchSource { get; }
}
