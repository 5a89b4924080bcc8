using System.Globalization;
using System.Text.Json;
using WorkflowPortal.Engine.Definitions;

namespace WorkflowPortal.Engine.Conditions;

// Proves that two branch conditions can hold at once, for the comparisons it can reason about
// (equals, one of, greater/less, before/after, between, is empty). Anything else (contains,
// not equals) proves nothing, so the validator never refuses what it cannot show.
static class ConditionOverlap
{
    const int MaxTerms = 64;

    public static bool Provable(Condition a, Condition b, WorkflowDefinition definition)
    {
        var left = Terms(a, definition);
        var right = Terms(b, definition);
        return left.Any(l => l is not null && right.Any(r => r is not null && Satisfiable(l, r)));
    }

    // Disjunctive normal form; a null term is one the prover cannot represent.
    static List<Dictionary<string, Range>?> Terms(Condition condition, WorkflowDefinition definition)
    {
        if (condition.Any is { } any)
            return [.. any.SelectMany(c => Terms(c, definition)).Take(MaxTerms)];
        if (condition.All is { } all)
        {
            List<Dictionary<string, Range>?> product = [new()];
            foreach (var part in all)
            {
                var terms = Terms(part, definition);
                product = [.. product.SelectMany(p => terms.Select(t => Merge(p, t))).Take(MaxTerms)];
            }
            return product;
        }
        var range = Range.Of(condition, definition);
        return range is null ? [null] : [new() { [condition.Field!] = range }];
    }

    static Dictionary<string, Range>? Merge(Dictionary<string, Range>? a, Dictionary<string, Range>? b)
    {
        if (a is null || b is null)
            return null;
        var merged = new Dictionary<string, Range>(a);
        foreach (var (field, range) in b)
            merged[field] = merged.TryGetValue(field, out var existing) ? existing.Intersect(range) : range;
        return merged;
    }

    static bool Satisfiable(Dictionary<string, Range> a, Dictionary<string, Range> b) =>
        Merge(a, b)!.Values.All(r => !r.IsEmpty);

    // The values a field may take under a conjunction: absent, or an interval and/or a finite set.
    sealed record Range(bool Absent, decimal Low, bool LowIn, decimal High, bool HighIn, IReadOnlySet<string>? Set, bool Contradiction = false)
    {
        static readonly Range Any = new(false, decimal.MinValue, true, decimal.MaxValue, true, null);

        public bool IsEmpty => Contradiction || (!Absent && Set is { Count: 0 })
            || (!Absent && (Low > High || (Low == High && !(LowIn && HighIn))));

        public Range Intersect(Range other)
        {
            if (Absent || other.Absent)
                return this with { Contradiction = !(Absent && other.Absent) };
            var (low, lowIn) = Low > other.Low ? (Low, LowIn) : other.Low > Low ? (other.Low, other.LowIn) : (Low, LowIn && other.LowIn);
            var (high, highIn) = High < other.High ? (High, HighIn) : other.High < High ? (other.High, other.HighIn) : (High, HighIn && other.HighIn);
            IReadOnlySet<string>? set = Set is null ? other.Set : other.Set is null ? Set : Set.Intersect(other.Set).ToHashSet();
            var result = new Range(false, low, lowIn, high, highIn, set);
            // A set of numbers keeps only the members inside the interval.
            if (set is not null && set.All(s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
                result = result with { Set = set.Where(s => result.Contains(decimal.Parse(s, CultureInfo.InvariantCulture))).ToHashSet() };
            return result;
        }

        bool Contains(decimal x) => (x > Low || (x == Low && LowIn)) && (x < High || (x == High && HighIn));

        public static Range? Of(Condition leaf, WorkflowDefinition definition)
        {
            if (leaf.Field is null || leaf.Op is not { } op)
                return null;
            var type = definition.FindField(leaf.Field)?.Type ?? FieldType.Text;
            if (op == ConditionOperator.IsEmpty)
                return Any with { Absent = true };
            if (op == ConditionOperator.NotEmpty)
                return Any;
            Func<JsonElement, decimal?>? ordinal = type switch
            {
                FieldType.Number or FieldType.Money => ConditionValues.Number,
                FieldType.Date => e => ConditionValues.Date(e)?.DayNumber,
                _ => null,
            };
            if (ordinal is null)
            {
                Func<JsonElement, string?> key = type == FieldType.YesNo ? e => ConditionValues.YesNo(e)?.ToString() : e => ConditionValues.Text(e)?.ToLowerInvariant();
                return op switch
                {
                    ConditionOperator.EqualTo when leaf.Value is { } v && key(v) is { } k => Any with { Set = new HashSet<string> { k } },
                    ConditionOperator.OneOf when ConditionValues.List(leaf.Value) is { } list => Any with { Set = list.Select(key).OfType<string>().ToHashSet() },
                    _ => null,
                };
            }
            if (op is ConditionOperator.Between or ConditionOperator.OneOf)
            {
                var items = ConditionValues.List(leaf.Value)?.Select(ordinal).ToList();
                if (items is null || items.Count == 0 || items.Any(i => i is null))
                    return null;
                if (op == ConditionOperator.OneOf)
                    return Any with { Set = items.Select(i => i!.Value.ToString("0.############################", CultureInfo.InvariantCulture)).ToHashSet() };
                return items.Count == 2 ? Any with { Low = items[0]!.Value, High = items[1]!.Value } : null;
            }
            if (leaf.Value is not { } value || ordinal(value) is not { } c)
                return null;
            return op switch
            {
                ConditionOperator.EqualTo => Any with { Low = c, High = c },
                ConditionOperator.GreaterThan or ConditionOperator.After => Any with { Low = c, LowIn = false },
                ConditionOperator.LessThan or ConditionOperator.Before => Any with { High = c, HighIn = false },
                _ => null,
            };
        }
    }
}
