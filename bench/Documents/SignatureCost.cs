using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Signatures;
using WorkflowPortal.Documents.Tests.Samples;
using static WorkflowPortal.Documents.Bench.ContractComparison;

namespace WorkflowPortal.Documents.Bench;

// The cost of a signed copy on top of rendering: appending a one-page certificate to the
// 10-page contract with PDFsharp, the PAdES signature (PDFsharp rewrite + BouncyCastle CMS,
// RSA-3072), and checking the signature as /verify does.
internal static class SignatureCost
{
    const int Iterations = 30;
    const int Warmup = 20;

    public static int Run()
    {
        using var catalog = FontCatalog.System();
        Render(BilingualContract.Create(24), catalog, out var contract);
        Render(SampleContract.English(), catalog, out var certificate);
        var now = DateTimeOffset.UtcNow;
        var credential = SigningCredential.FromPkcs12(SigningCredential.CreateSelfSignedPkcs12("Bench", "bench", now), "bench");
        var details = new SignatureDetails("WorkflowPortal", "Signed copy", now);
        var appended = PdfPages.Append(contract, certificate)!;
        var signed = PdfSigner.Sign(appended, credential, details)!;

        Console.WriteLine($"Machine load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        Console.WriteLine($"Input: 10-page contract {contract.Length / 1024.0:F1} KB + 1-page certificate {certificate.Length / 1024.0:F1} KB");
        Report("Append certificate page (PDFsharp import + save)", () => PdfPages.Append(contract, certificate), $"{appended.Length / 1024.0:F1} KB");
        Report("PAdES B-B signature (PDFsharp rewrite + CMS, RSA-3072)", () => PdfSigner.Sign(appended, credential, details),
            $"{signed.Length / 1024.0:F1} KB (+{(signed.Length - appended.Length) / 1024.0:F1} KB)");
        Report("Check the signature (as /verify does)", () => PdfSignatureCheck.Check(signed), PdfSignatureCheck.Check(signed).State.ToString());
        return 0;
    }

    static void Report(string what, Action action, string result)
    {
        Measure(action, Warmup);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var times = Measure(action, Iterations);
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / Iterations;
        Console.WriteLine($"{what}: median {Median(times):F1} ms (min {times.Min():F1}), CPU {cpu:F1} ms, {Iterations} runs -> {result}");
    }
}
