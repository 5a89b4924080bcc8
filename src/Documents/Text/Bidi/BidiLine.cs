namespace WorkflowPortal.Documents.Text.Bidi;

// Line rules: L1 (whitespace at line end and before separators goes back to the paragraph
// level) and L2 (reverse runs from the highest level down to the lowest odd level).
internal static class BidiLine
{
    public static byte[] LineLevels(BidiParagraph paragraph, int start, int end)
    {
        var levels = paragraph.Levels[start..end];
        var trailing = true;
        for (var i = end - 1; i >= start; i--)
        {
            var type = paragraph.InitialTypes[i];
            if (type is BidiClass.S or BidiClass.B)
            {
                levels[i - start] = paragraph.ParagraphLevel;
                trailing = true;
            }
            else if (type is BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI
                || BidiParagraph.IsRemovedByX9(type))
            {
                if (trailing)
                {
                    levels[i - start] = paragraph.ParagraphLevel;
                }
            }
            else
            {
                trailing = false;
            }
        }
        return levels;
    }

    // Returns, for each visual position, the logical index (0-based within the line).
    public static int[] VisualOrder(ReadOnlySpan<byte> levels)
    {
        var order = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        if (levels.Length == 0)
        {
            return order;
        }
        byte highest = 0, lowestOdd = byte.MaxValue;
        foreach (var level in levels)
        {
            highest = Math.Max(highest, level);
            if ((level & 1) == 1)
            {
                lowestOdd = Math.Min(lowestOdd, level);
            }
        }
        for (int level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < levels.Length; i++)
            {
                if (levels[order[i]] < level)
                {
                    continue;
                }
                var end = i;
                while (end < levels.Length && levels[order[end]] >= level)
                {
                    end++;
                }
                Array.Reverse(order, i, end - i);
                i = end;
            }
        }
        return order;
    }
}
