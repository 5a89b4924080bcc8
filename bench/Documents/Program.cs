using BenchmarkDotNet.Running;
using WorkflowPortal.Documents.Bench;

// Default: the contract comparison with LibreOffice and the README images.
// --bdn: BenchmarkDotNet statistics for the in-process renders only.
if (args.Contains("--bdn"))
{
    BenchmarkRunner.Run<RenderBenchmarks>(args: [.. args.Where(a => a != "--bdn")]);
    return 0;
}
return ContractComparison.Run(args);
