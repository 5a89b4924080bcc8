namespace WorkflowPortal.Documents.Text.Bidi;

// Bidi_Class values of UAX #9, named as in the Unicode Character Database.
internal enum BidiClass : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON, LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}
