using BenchmarkDotNet.Running;
using WorkflowPortal.Documents.Bench;

// Default: the contract comparison with LibreOffice and the README images.
// --bdn: BenchmarkDotNet statistics for the in-process renders only.
// --signature: the cost of a signed copy (certificate page appended, PAdES signature, check).
if (args.Contains("--signature")) return SignatureCost.Run();
if (args.Contains("--bdn"))
{
    BenchmarkRunner.Run<RenderBenchmarks>(args: [.. args.Where(a => a != "--bdn")]);
    return 0;
}
return ContractComparison.Run(args);
