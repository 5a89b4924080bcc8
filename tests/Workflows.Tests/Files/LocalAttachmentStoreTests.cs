using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using WorkflowPortal.Workflows.Files;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Tests.Files;

public sealed class LocalAttachmentStoreTests : IDisposable
{
    readonly string _root = Path.Combine(Path.GetTempPath(), "portal-store-tests", Guid.NewGuid().ToString("N"));
    readonly LocalAttachmentStore _store;

    public LocalAttachmentStoreTests()
    {
        Directory.CreateDirectory(_root);
        _store = new LocalAttachmentStore(new StorageOptions { Root = _root });
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    int FilesKept => Directory.Exists(Path.Combine(_root, "attachments"))
        ? Directory.GetFiles(Path.Combine(_root, "attachments"), "*", SearchOption.AllDirectories).Length : 0;

    static MemoryStream Bytes(byte[] bytes) => new(bytes);

    static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");

    [Fact]
    public async Task A_pdf_is_stored_under_a_generated_name_with_its_sha256()
    {
        var result = await _store.SaveAsync(Bytes(Pdf), "../../etc/passwd.pdf", 1024, default);

        Assert.True(result.IsSuccess);
        Assert.Equal(FileKind.Pdf, result.Value.Kind);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), result.Value.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", result.Value.StoredName);
        await using var stored = await _store.OpenAsync(result.Value.StoredName, default);
        Assert.Equal(Pdf.Length, stored!.Length);
    }

    [Fact]
    public async Task An_executable_renamed_pdf_is_refused_and_nothing_is_kept()
    {
        var executable = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 };

        var result = await _store.SaveAsync(Bytes(executable), "invoice.pdf", 1024, default);

        Assert.False(result.IsSuccess);
        Assert.Contains("not accepted", result.Error.Message);
        Assert.Equal(0, FilesKept);
    }

    [Fact]
    public async Task A_pdf_named_exe_is_refused()
    {
        var result = await _store.SaveAsync(Bytes(Pdf), "setup.exe", 1024, default);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task An_oversize_file_is_refused_while_streaming_and_nothing_is_kept()
    {
        var big = new byte[5000];
        Pdf.CopyTo(big, 0);

        var result = await _store.SaveAsync(Bytes(big), "big.pdf", 4096, default);

        Assert.False(result.IsSuccess);
        Assert.Contains("larger than", result.Error.Message);
        Assert.Equal(0, FilesKept);
    }

    [Fact]
    public async Task A_zip_that_is_not_an_office_document_is_refused_but_a_docx_is_accepted()
    {
        static byte[] Zip(string entry)
        {
            using var memory = new MemoryStream();
            using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            {
                zip.CreateEntry("[Content_Types].xml");
                zip.CreateEntry(entry);
            }
            return memory.ToArray();
        }

        Assert.False((await _store.SaveAsync(Bytes(Zip("payload.js")), "contract.docx", 1 << 20, default)).IsSuccess);
        var docx = await _store.SaveAsync(Bytes(Zip("word/document.xml")), "contract.docx", 1 << 20, default);
        Assert.Equal(FileKind.Docx, docx.Value.Kind);
    }

    [Fact]
    public async Task Arabic_text_is_accepted_and_binary_junk_named_txt_is_not()
    {
        Assert.Equal(FileKind.Text, (await _store.SaveAsync(Bytes(Encoding.UTF8.GetBytes("ملاحظات الاجتماع\nMeeting notes")), "notes.txt", 1024, default)).Value.Kind);
        Assert.False((await _store.SaveAsync(Bytes([0x01, 0x00, 0xFF, 0xFE]), "notes.txt", 1024, default)).IsSuccess);
    }

    [Fact]
    public async Task A_name_that_is_not_ours_opens_nothing()
    {
        Assert.Null(await _store.OpenAsync("../portal.db", default));
        Assert.Null(await _store.OpenAsync(new string('a', 32), default));
    }
}
