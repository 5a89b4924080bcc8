namespace WorkflowPortal.Api.Search;

// Marker for the search texts (SearchPageText.resx, SearchPageText.ar.resx).
public sealed class SearchPageText;
