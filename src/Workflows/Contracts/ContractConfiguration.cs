using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowPortal.Workflows.Contracts.Milestones;
using WorkflowPortal.Workflows.Intake;

namespace WorkflowPortal.Workflows.Contracts;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("Contracts");
        builder.Property(c => c.Reference).HasMaxLength(32);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Path).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Status).HasMaxLength(100);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Value).HasPrecision(18, 2);
        builder.Property(c => c.Parties).AsJson();
        builder.Property(c => c.Fields).AsJson();
        builder.Property(c => c.ApprovalPlan).AsJson();
        builder.Property(c => c.SignerPlan).AsJson();
        // One index per list shape, in the list's order (newest first, then id): a page at any depth
        // is one index range (Paging.Keyset).
        builder.HasIndex(c => new { c.SubmittedAt, c.Id });
        builder.HasIndex(c => new { c.RequesterId, c.SubmittedAt, c.Id });
        builder.HasIndex(c => new { c.ClientId, c.SubmittedAt, c.Id });
        builder.HasIndex(c => new { c.Status, c.SubmittedAt, c.Id });
        builder.HasIndex(c => new { c.AssignedLawyerId, c.SubmittedAt, c.Id });
        builder.HasIndex(c => c.WorkflowInstanceId).IsUnique();
        builder.HasOne<RequestType>().WithMany().HasForeignKey(c => c.RequestTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContractType>().WithMany().HasForeignKey(c => c.ContractTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractVersionConfiguration : IEntityTypeConfiguration<ContractVersion>
{
    public void Configure(EntityTypeBuilder<ContractVersion> builder)
    {
        builder.ToTable("ContractVersions");
        builder.Property(v => v.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.Sha256).HasMaxLength(64);
        builder.HasIndex(v => new { v.ContractId, v.Number }).IsUnique();
        builder.HasOne<Contract>().WithMany().HasForeignKey(v => v.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ContractFileConfiguration : IEntityTypeConfiguration<ContractFile>
{
    public void Configure(EntityTypeBuilder<ContractFile> builder)
    {
        builder.ToTable("ContractFiles");
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.StoredName).HasMaxLength(64);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Role).HasConversion<string>().HasMaxLength(16);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("ContractMilestones");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Description).HasMaxLength(4000);
        builder.Property(m => m.Amount).HasPrecision(18, 2);
        builder.Property(m => m.Percentage).HasPrecision(5, 2);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Financial).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.ContractId, m.DueDate });
        builder.HasIndex(m => m.DueDate);
        builder.HasOne<Contract>().WithMany().HasForeignKey(m => m.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContractTypeConfiguration : IEntityTypeConfiguration<ContractType>
{
    public void Configure(EntityTypeBuilder<ContractType> builder)
    {
        builder.ToTable("ContractTypes");
        builder.Property(t => t.Name).AsJson().HasMaxLength(1000);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasOne<RequestCategory>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractTemplateConfiguration : IEntityTypeConfiguration<ContractTemplate>
{
    public void Configure(EntityTypeBuilder<ContractTemplate> builder)
    {
        builder.ToTable("ContractTemplates");
        builder.Property(t => t.Name).AsJson().HasMaxLength(1000);
        // Defaults keep rows written before the studio readable: '[]' is an empty list in JSON.
        builder.Property(t => t.Fields).AsJson().HasDefaultValueSql("'[]'");
        builder.Property(t => t.AudienceIds).AsJson().HasDefaultValueSql("'[]'");
        builder.Property(t => t.Digits).HasConversion<string>().HasMaxLength(16).HasDefaultValueSql("'Latin'");
        builder.Property(t => t.Audience).HasConversion<string>().HasMaxLength(16).HasDefaultValueSql("'AllClients'");
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasIndex(t => t.RequestTypeId).IsUnique();
        builder.HasOne<RequestType>().WithMany().HasForeignKey(t => t.RequestTypeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContractType>().WithMany().HasForeignKey(t => t.ContractTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractTemplateVersionConfiguration : IEntityTypeConfiguration<Templates.ContractTemplateVersion>
{
    public void Configure(EntityTypeBuilder<Templates.ContractTemplateVersion> builder)
    {
        builder.ToTable("ContractTemplateVersions");
        builder.Property(v => v.Name).AsJson().HasMaxLength(1000);
        builder.Property(v => v.Fields).AsJson();
        builder.Property(v => v.Clauses).AsJson();
        builder.Property(v => v.Digits).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        builder.HasOne<ContractTemplate>().WithMany().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContractClauseConfiguration : IEntityTypeConfiguration<Clauses.ContractClause>
{
    public void Configure(EntityTypeBuilder<Clauses.ContractClause> builder)
    {
        builder.ToTable("ContractClauses");
        builder.Property(c => c.Key).HasMaxLength(50);
        builder.Property(c => c.Name).AsJson().HasMaxLength(1000);
        builder.Property(c => c.Fields).AsJson();
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasIndex(c => c.Key).IsUnique();
    }
}

internal sealed class ContractAuditConfiguration : IEntityTypeConfiguration<ContractAuditEntry>
{
    public void Configure(EntityTypeBuilder<ContractAuditEntry> builder)
    {
        builder.ToTable("ContractAudit");
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => new { a.ContractId, a.At });
        builder.HasOne<Contract>().WithMany().HasForeignKey(a => a.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContractSignatureConfiguration : IEntityTypeConfiguration<ContractSignature>
{
    public void Configure(EntityTypeBuilder<ContractSignature> builder)
    {
        builder.ToTable("ContractSignatures");
        builder.Property(s => s.VersionSha256).HasMaxLength(64);
        builder.Property(s => s.SignerName).HasMaxLength(200);
        builder.Property(s => s.TypedName).HasMaxLength(200);
        builder.Property(s => s.DrawnImage).HasMaxLength(200_000);
        builder.Property(s => s.ConsentText).HasMaxLength(2000);
        builder.Property(s => s.IpAddress).HasMaxLength(64);
        builder.Property(s => s.UserAgent).HasMaxLength(500);
        builder.HasIndex(s => s.TaskId).IsUnique();
        builder.HasIndex(s => s.ContractId);
        builder.HasOne<Contract>().WithMany().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
