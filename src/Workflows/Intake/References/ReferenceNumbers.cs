using Microsoft.EntityFrameworkCore;
using WorkflowPortal.Workflows.Persistence;

namespace WorkflowPortal.Workflows.Intake.References;

// Readable references drawn from a per-prefix, per-year counter in the database: MAT-2026-000123.
// One upsert increments and returns the number atomically (the row lock serialises concurrent
// draws on PostgreSQL, the single writer on SQLite), so two submissions never draw the same one,
// on any number of instances. The SQL is the same on both providers (SQLite 3.35+ has UPSERT and
// RETURNING). Like a database sequence, a number drawn by a submission that then fails is skipped.
public sealed class ReferenceNumbers(PortalDb db)
{
    public static string PrefixOf(RequestKind kind) => kind switch
    {
        RequestKind.Matter => "MAT",
        RequestKind.LitigationCase => "LIT",
        _ => "CON",
    };

    public async Task<string> NextAsync(RequestKind kind, DateTimeOffset now, CancellationToken ct)
    {
        var prefix = PrefixOf(kind);
        var year = now.UtcDateTime.Year;
        var drawn = await db.Database.SqlQuery<long>($"""
            INSERT INTO "ReferenceCounters" ("Prefix", "Year", "Last") VALUES ({prefix}, {year}, 1)
            ON CONFLICT ("Prefix", "Year") DO UPDATE SET "Last" = "ReferenceCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return Format(prefix, year, drawn.Single());
    }

    public static string Format(string prefix, int year, long number) =>
        $"{prefix}-{year}-{number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";
}
