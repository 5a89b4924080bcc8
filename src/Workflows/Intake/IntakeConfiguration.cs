using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowPortal.Workflows.Intake;

internal sealed class RequestCategoryConfiguration : IEntityTypeConfiguration<RequestCategory>
{
    public void Configure(EntityTypeBuilder<RequestCategory> builder)
    {
        builder.ToTable("RequestCategories");
        builder.Property(c => c.Name).AsJson().HasMaxLength(1000);
    }
}

internal sealed class RequestTypeConfiguration : IEntityTypeConfiguration<RequestType>
{
    public void Configure(EntityTypeBuilder<RequestType> builder)
    {
        builder.ToTable("RequestTypes");
        builder.Property(t => t.Name).AsJson().HasMaxLength(1000);
        builder.Property(t => t.Description).AsJson();
        builder.Property(t => t.LegalNotice).AsJson();
        builder.Property(t => t.Fields).AsJson();
        builder.Property(t => t.AudienceIds).AsJson();
        builder.Property(t => t.Assignment).AsJson();
        builder.Property(t => t.ReminderDays).AsJson().HasDefaultValueSql("'[7,1]'");
        builder.Property(t => t.Creates).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.DefaultPriority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Audience).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.WorkflowKey).HasMaxLength(100);
        builder.Property(t => t.PracticeArea).HasMaxLength(100);
        builder.Property(t => t.AssignedTeam).HasMaxLength(100);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasOne<RequestCategory>().WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class JsonColumns
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    // Small value objects and lists stored as JSON text: the same on SQLite and PostgreSQL.
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property)
    {
        property.HasConversion(new ValueConverter<T, string>(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options)!));
        property.Metadata.SetValueComparer(new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
        return property;
    }
}
