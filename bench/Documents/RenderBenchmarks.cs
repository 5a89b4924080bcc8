using BenchmarkDotNet.Attributes;
using WorkflowPortal.Documents.Docx;
using WorkflowPortal.Documents.Fonts;
using WorkflowPortal.Documents.Pdf;
using WorkflowPortal.Documents.Tests.Samples;

namespace WorkflowPortal.Documents.Bench;

// In process: the generated boilerplate project cannot find an assembly named unlike its .csproj.
[MemoryDiagnoser]
[InProcess]
public class RenderBenchmarks
{
    FontCatalog catalog = null!;
    Model.Document tenPages = null!;
    Model.Document hundredPages = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = FontCatalog.System();
        tenPages = BilingualContract.Create(24);
        hundredPages = BilingualContract.Create(265);
    }

    [GlobalCleanup]
    public void Cleanup() => catalog.Dispose();

    [Benchmark]
    public long TenPagePdf() => Pdf(tenPages);

    [Benchmark]
    public long HundredPagePdf() => Pdf(hundredPages);

    [Benchmark]
    public long TenPageDocx()
    {
        using var stream = new MemoryStream();
        DocxRenderer.Render(tenPages, stream);
        return stream.Length;
    }

    long Pdf(Model.Document document)
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(document, stream, catalog);
        return stream.Length;
    }
}
