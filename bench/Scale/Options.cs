using System.Globalization;

namespace WorkflowPortal.Bench.Scale;

// --name value pairs from the command line.
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal)) { name = arg[2..]; values[name] = "true"; }
            else if (name is not null) { values[name] = arg; name = null; }
        }
        return new Options(values);
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    public string Required(string name) => Text(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Number(string name, int fallback) =>
        Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
