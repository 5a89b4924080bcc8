using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowPortal.Workflows.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<ClientOrganization>, IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<ClientOrganization> client)
    {
        client.ToTable("ClientOrganizations");
        client.Property(c => c.Name).HasMaxLength(200);
        client.Property(c => c.NormalizedName).HasMaxLength(200);
        client.HasIndex(c => c.NormalizedName).IsUnique();
        client.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        client.HasMany(c => c.Departments).WithOne().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        client.Navigation(c => c.Departments).HasField("_departments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("Departments");
        department.Property(d => d.Name).HasMaxLength(200);
    }
}
