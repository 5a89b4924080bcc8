using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowPortal.Workflows.WorkingTime;

internal sealed class WorkingTimeConfiguration : IEntityTypeConfiguration<WorkingWeek>, IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<WorkingWeek> week)
    {
        week.ToTable("WorkingWeek");
        week.Property(w => w.Id).ValueGeneratedNever();
        week.Property(w => w.TimeZone).HasMaxLength(100);
        week.Ignore(w => w.WorkingDays);
        week.HasData(new { Id = WorkingWeek.SingletonId, Days = WorkingWeek.DefaultDays, TimeZone = WorkingWeek.DefaultZone });
    }

    public void Configure(EntityTypeBuilder<PublicHoliday> holiday)
    {
        holiday.ToTable("PublicHolidays");
        holiday.Property(h => h.NameEn).HasMaxLength(200);
        holiday.Property(h => h.NameAr).HasMaxLength(200);
        holiday.Property(h => h.Rule).HasConversion<int>();
    }
}
