namespace WorkflowPortal.Engine.Definitions;

// One problem in a definition: a stable code for machines, the element at fault
// (`states[Approval]`, `transitions[RequestInformation]`) and a sentence for people, in Arabic
// too where the rule has been translated.
public sealed record ValidationMessage(string Code, string Element, string Message)
{
    public string? Arabic { get; init; }

    public string In(string language) =>
        language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) && Arabic is not null ? Arabic : Message;

    public override string ToString() => $"{Element}: {Message} ({Code})";

    public static Invalid ToInvalid(IEnumerable<ValidationMessage> messages) =>
        new("definition-invalid", "The workflow definition has errors.",
            messages.GroupBy(m => m.Element)
                .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Arabic is null ? [m.Message] : new[] { m.Message, m.Arabic }).ToArray()));
}
