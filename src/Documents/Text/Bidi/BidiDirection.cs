namespace WorkflowPortal.Documents.Text.Bidi;

// The paragraph direction asked for; Auto takes it from the first strong character (rules P2, P3).
internal enum BidiDirection
{
    Auto,
    LeftToRight,
    RightToLeft,
}
