using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkflowPortal.Documents.Docx;

// Two abstract lists (bullets, decimals) and one instance per list, so each numbered list
// restarts at 1. The schema wants every abstractNum before the first num.
internal sealed class DocxNumbering(MainDocumentPart main)
{
    const int BulletAbstract = 1;
    const int DecimalAbstract = 2;
    readonly List<(int Id, bool Numbered)> lists = [];

    public int NewList(bool numbered)
    {
        var id = lists.Count + 1;
        lists.Add((id, numbered));
        return id;
    }

    public void Write()
    {
        if (lists.Count == 0)
        {
            return;
        }
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        var numbering = new Numbering(
            Abstract(BulletAbstract, NumberFormatValues.Bullet, "•"),
            Abstract(DecimalAbstract, NumberFormatValues.Decimal, "%1."));
        foreach (var (id, numbered) in lists)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = numbered ? DecimalAbstract : BulletAbstract }) { NumberID = id };
            if (numbered)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            }
            numbering.Append(instance);
        }
        part.Numbering = numbering;
    }

    static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "400", Hanging = "400" }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };
}
