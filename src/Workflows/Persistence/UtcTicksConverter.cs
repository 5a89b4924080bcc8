using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowPortal.Workflows.Persistence;

// Stores a moment as UTC ticks: comparable and orderable in SQL, read back at offset zero.
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
