using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowPortal.Workflows.Clients;

namespace WorkflowPortal.Workflows.People;

internal sealed class PeopleConfiguration : IEntityTypeConfiguration<PortalUser>, IEntityTypeConfiguration<AccessPolicy>
{
    public void Configure(EntityTypeBuilder<PortalUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Language).HasMaxLength(8);
        user.Property(u => u.TimeZone).HasMaxLength(100);
        user.Property(u => u.Status).HasConversion<string>().HasMaxLength(30);
        user.HasIndex(u => u.Status);
        user.HasOne<ClientOrganization>().WithMany().HasForeignKey(u => u.ClientId).OnDelete(DeleteBehavior.Restrict);
        user.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<AccessPolicy> policy)
    {
        policy.ToTable("AccessPolicy");
        policy.Property(p => p.Id).ValueGeneratedNever();
        policy.Property(p => p.SignUpMode).HasConversion<string>().HasMaxLength(30);
    }
}
