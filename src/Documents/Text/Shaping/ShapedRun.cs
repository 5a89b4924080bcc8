using WorkflowPortal.Documents.Fonts;

namespace WorkflowPortal.Documents.Text.Shaping;

// Glyphs of one run in visual order (HarfBuzz reverses right-to-left runs). Clusters are UTF-16
// indexes into the paragraph text; advances and offsets are in points, y pointing down.
internal sealed record ShapedRun(
    FontFace Face,
    float Size,
    bool RightToLeft,
    int Start,
    int Length,
    ushort[] Glyphs,
    int[] Clusters,
    float[] Advances,
    float[] OffsetsX,
    float[] OffsetsY)
{
    public float Width => Advances.Sum();
}
