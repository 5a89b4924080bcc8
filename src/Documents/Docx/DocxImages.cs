using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using WorkflowPortal.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace WorkflowPortal.Documents.Docx;

// An inline picture: the image part plus the DrawingML Word expects around it.
internal sealed class DocxImages(MainDocumentPart main)
{
    const long EmuPerPoint = 12700;
    uint nextId = 1;

    public Drawing Inline(ImageBlock image)
    {
        var isPng = image.Data.Length > 4 && image.Data[0] == 0x89 && image.Data[1] == 0x50;
        var part = main.AddImagePart(isPng ? ImagePartType.Png : ImagePartType.Jpeg);
        using (var stream = new MemoryStream(image.Data))
        {
            part.FeedData(stream);
        }
        var height = image.Height ?? AspectHeight(image);
        long cx = (long)(image.Width * EmuPerPoint), cy = (long)(height * EmuPerPoint);
        var id = nextId++;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = id, Name = $"image{id}" },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Picture {id}" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
    }

    static float AspectHeight(ImageBlock image)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(image.Data))
            ?? throw new ArgumentException("The image is not a PNG or JPEG.", nameof(image));
        return image.Width * codec.Info.Height / codec.Info.Width;
    }
}
