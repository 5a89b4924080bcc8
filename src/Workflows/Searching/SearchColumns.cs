using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace WorkflowPortal.Workflows.Searching;

// The SearchText column of every ISearchable entity: declared on the model, refreshed on every save,
// and the one predicate every list's search uses. PostgreSQL indexes it with pg_trgm (PostgresPortalDb).
public static class SearchColumns
{
    public static ModelBuilder ApplySearchColumns(this ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(ISearchable).IsAssignableFrom(t.ClrType)).ToList())
            builder.Entity(type.ClrType).Property<string>(SearchText.Column).IsRequired().HasMaxLength(SearchText.MaxLength);
        return builder;
    }

    public static void Refresh(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ISearchable>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var folded = SearchText.Fold(entry.Entity.SearchSource);
            var column = entry.Property<string>(SearchText.Column);
            if (column.CurrentValue != folded) column.CurrentValue = folded;
        }
    }

    // Rows whose words contain the term (folded); every row when the term is empty.
    public static IQueryable<T> Matching<T>(this IQueryable<T> rows, string? term) where T : class, ISearchable
    {
        if (SearchText.Pattern(term) is not { } pattern) return rows;
        return rows.Where(r => EF.Functions.Like(EF.Property<string>(r, SearchText.Column), pattern, SearchText.Escape));
    }
}
