namespace WorkflowPortal.Engine.Definitions;

// One problem in a definition: a stable code for machines, the element at fault
// (`states[Approval]`, `transitions[RequestInformation]`) and a sentence for people.
public sealed record ValidationMessage(string Code, string Element, string Message)
{
    public override string ToString() => $"{Element}: {Message} ({Code})";

    public static Invalid ToInvalid(IEnumerable<ValidationMessage> messages) =>
        new("definition-invalid", "The workflow definition has errors.",
            messages.GroupBy(m => m.Element)
                .ToDictionary(g => g.Key, g => g.Select(m => m.Message).ToArray()));
}
