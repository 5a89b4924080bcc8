using WorkflowPortal.Workflows.Files;

namespace WorkflowPortal.Workflows.Contracts;

public enum VersionOrigin { Uploaded, Generated, Signed }

// One state of the contract's document: each upload, generation or signature makes a new one.
// The version's hash is its main file's (the PDF when there is one): what a signer signs.
public sealed class ContractVersion
{
    readonly List<ContractFile> _files = [];

    ContractVersion() { }

    public ContractVersion(Guid contractId, int number, VersionOrigin origin, string? note, Guid authorId, string authorName,
        IReadOnlyList<ContractFile> files, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        Number = number;
        Origin = origin;
        Note = note;
        AuthorId = authorId;
        AuthorName = authorName;
        CreatedAt = now;
        _files.AddRange(files);
        var main = files.FirstOrDefault(f => f.Kind == FileKind.Pdf) ?? files[0];
        Size = main.Size;
        Sha256 = main.Sha256;
    }

    public Guid Id { get; private set; }
    public Guid ContractId { get; private set; }
    public int Number { get; private set; }
    public VersionOrigin Origin { get; private set; }
    public string? Note { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public IReadOnlyList<ContractFile> Files => _files;
}

// A file of a version. Role says what it is: the document itself or its signature certificate.
public sealed class ContractFile : IStoredFileRow
{
    ContractFile() { }

    public ContractFile(string fileName, StoredFile stored, FileRole role = FileRole.Document)
    {
        Id = Guid.NewGuid();
        FileName = fileName;
        StoredName = stored.StoredName;
        Size = stored.Size;
        Sha256 = stored.Sha256;
        Kind = stored.Kind;
        Role = role;
    }

    public Guid Id { get; private set; }
    public Guid VersionId { get; private set; }
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public FileKind Kind { get; private set; }
    public FileRole Role { get; private set; }
}

public enum FileRole { Document, Certificate }
