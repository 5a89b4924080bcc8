using System.Diagnostics;
using System.Globalization;
using WorkflowPortal.Documents.Docx;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Previews;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Bench;

// Measures, in one run: the 10-page bilingual contract to PDF in-process (warm, median), the
// same contract as DOCX converted to PDF by LibreOffice headless (a process per conversion, as a
// server would do it), the ratio, and pages per second on a 100-page contract.
internal static class ContractComparison
{
    const int TenPageArticles = 24;
    const int HundredPageArticles = 265;
    const int Iterations = 30;
    const int Warmup = 40;
    const int LibreOfficeRuns = 5;

    public static int Run(string[] args)
    {
        var repository = FindRepository();
        var clock = Stopwatch.StartNew();
        using var catalog = FontCatalog.System();
        Console.WriteLine($"Font catalog: {catalog.Faces.Count} faces in {clock.ElapsedMilliseconds} ms (once per process)");

        var contract = BilingualContract.Create(TenPageArticles);
        clock.Restart();
        var first = Render(contract, catalog, out var pdf);
        Console.WriteLine($"First render (cold JIT): {clock.ElapsedMilliseconds} ms");
        // Tiered JIT promotes a method after 30 calls: warm up before measuring steady state.
        Measure(() => Render(contract, catalog, out _), Warmup);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var times = Measure(() => Render(contract, catalog, out _));
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / Iterations;
        var median = Median(times);
        Console.WriteLine($"Machine load average: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        Console.WriteLine($"10-page contract: {first.PageCount} pages, median {median:F1} ms (min {times.Min():F1}, max {times.Max():F1}, {Iterations} runs), PDF {pdf.Length / 1024.0:F1} KB, warnings: {first.Warnings.Count}");
        Console.WriteLine($"10-page contract CPU time: {cpu:F1} ms per render (all threads of this process, GC included)");

        var amiri = BilingualContract.Create(TenPageArticles, ["Amiri", "Noto Sans"]);
        var amiriResult = Render(amiri, catalog, out var amiriPdf);
        Measure(() => Render(amiri, catalog, out _), 10);
        var amiriMedian = Median(Measure(() => Render(amiri, catalog, out _)));
        Console.WriteLine($"Same contract in Amiri: {amiriResult.PageCount} pages, median {amiriMedian:F1} ms, PDF {amiriPdf.Length / 1024.0:F1} KB");

        var office = LibreOffice(contract);
        if (office is { } measured)
        {
            Console.WriteLine($"LibreOffice headless DOCX->PDF: median {measured.Seconds * 1000:F0} ms per conversion, CPU {measured.CpuSeconds * 1000:F0} ms ({LibreOfficeRuns} runs)");
            Console.WriteLine($"Ratio: {measured.Seconds * 1000 / median:F0}x faster than LibreOffice (wall-clock medians), {measured.CpuSeconds * 1000 / cpu:F0}x (CPU time)");
        }

        var book = BilingualContract.Create(HundredPageArticles);
        Measure(() => Render(book, catalog, out _), 3);
        var bookTimes = Measure(() => Render(book, catalog, out _), 5);
        var bookResult = Render(book, catalog, out var bookPdf);
        var bookMedian = Median(bookTimes);
        Console.WriteLine($"100-page contract: {bookResult.PageCount} pages, median {bookMedian:F0} ms, {bookResult.PageCount / (bookMedian / 1000):F0} pages/s, PDF {bookPdf.Length / 1024.0:F0} KB");

        if (!args.Contains("--no-images"))
        {
            WriteImage(Path.Combine(repository, "docs/images/contract-ar-page1.png"), SampleContract.Arabic(), catalog);
            WriteImage(Path.Combine(repository, "docs/images/contract-en-page1.png"), SampleContract.English(), catalog);
        }
        return 0;
    }

    internal static RenderResult Render(Model.Document document, FontCatalog catalog, out byte[] pdf)
    {
        using var stream = new MemoryStream();
        var result = PdfRenderer.Render(document, stream, catalog);
        pdf = stream.ToArray();
        return result;
    }

    internal static List<double> Measure(Action action, int iterations = Iterations)
    {
        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    // Wall-clock median and mean CPU time (user + system of the finished child processes).
    static (double Seconds, double CpuSeconds)? LibreOffice(Model.Document document)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            Console.WriteLine("LibreOffice is not installed (apt-get install libreoffice-writer-nogui): no ratio.");
            return null;
        }
        var folder = Directory.CreateTempSubdirectory("bench-lo").FullName;
        var docx = Path.Combine(folder, "contract.docx");
        using (var file = File.Create(docx))
        {
            DocxRenderer.Render(document, file);
        }
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        Convert(soffice, profile, docx, folder); // Creates the user profile; not timed.
        var times = new List<double>();
        var cpuBefore = ChildrenCpuSeconds();
        for (var i = 0; i < LibreOfficeRuns; i++)
        {
            var clock = Stopwatch.StartNew();
            Convert(soffice, profile, docx, folder);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        var cpu = (ChildrenCpuSeconds() - cpuBefore) / LibreOfficeRuns;
        var pdf = Path.Combine(folder, "contract.pdf");
        Console.WriteLine($"LibreOffice PDF: {new FileInfo(pdf).Length / 1024.0:F1} KB, {PageCount(pdf)} pages");
        return (Median(times), cpu);
    }

    // getrusage(RUSAGE_CHILDREN): CPU of waited-for descendants (soffice and soffice.bin).
    static double ChildrenCpuSeconds()
    {
        var usage = new long[18];
        if (getrusage(-1, usage) != 0)
        {
            return double.NaN;
        }
        return usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6);
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    static extern int getrusage(int who, long[] usage);

    static void Convert(string soffice, string profile, string docx, string folder)
    {
        var info = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    static string PageCount(string pdf)
    {
        var info = new ProcessStartInfo("pdfinfo", [pdf]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal))?[6..].Trim() ?? "?";
    }

    static void WriteImage(string path, Model.Document document, FontCatalog catalog)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, PagePreview.RenderPng(document, catalog, dpi: 110, maxPages: 1)[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {path}"));
    }

    static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkflowPortal.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
