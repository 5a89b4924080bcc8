using SkiaSharp;
using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests.Samples;

// A bilingual service agreement used by tests, snapshots and the benchmark. The Arabic
// version carries Latin names, dates and amounts inside right-to-left text, as real contracts do.
public static class SampleContract
{
    // Wraps a field in first-strong isolates (FSI … PDI), as contract templates do, so that a
    // date or a Latin name keeps its own order inside Arabic text.
    public static string I(string field) => $"\u2068{field}\u2069";

    // A firm seal drawn with Skia, so the sample needs no binary file.
    public static readonly byte[] Seal = DrawSeal();

    public static Document Arabic(int clauseRepeats = 1) => Document.Create(d => d
        .Title("اتفاقية تقديم خدمات قانونية").Author("WorkflowPortal").Language("ar")
        .Direction(TextDirection.RightToLeft)
        .TextStyle(s => s with { Families = ["Amiri", "Noto Sans"] })
        .Header(h => h.Paragraph(p => p.Text("مكتب الرشيد للمحاماة — Al-Rashid Law Firm").Align(TextAlignment.Center).Style(new SpanStyle(Size: 9, Color: Color.Gray)).Spacing(0, 0)))
        .Footer(f => f.Paragraph(p => p.Text("صفحة ").PageNumber().Text(" من ").PageCount().Align(TextAlignment.Center).Style(new SpanStyle(Size: 9)).Spacing(0, 0)))
        .Content(c =>
        {
            c.Image(Seal, 48);
            c.Heading(1, "اتفاقية تقديم خدمات قانونية");
            c.Paragraph(p => p.Text("أُبرمت هذه الاتفاقية في ").Bold(I("2026-03-15")).Text(" بين شركة ")
                .Bold("\u2068Acme Trading LLC\u2069").Text(" (\"العميل\") ومكتب الرشيد للمحاماة (\"المكتب\")، ويمثله السيد ")
                .Text("\u2068John Smith\u2069").Text(" بصفته الشريك المسؤول.").Align(TextAlignment.Justify));
            for (var r = 0; r < clauseRepeats; r++)
            {
                c.Heading(2, r == 0 ? "المادة الأولى: نطاق الخدمات" : $"المادة {r + 1}: أحكام إضافية");
                c.Paragraph(p => p.Text("يلتزم المكتب بتقديم الاستشارات القانونية ومراجعة العقود التجارية وتمثيل العميل أمام المحاكم المختصة في دولة الإمارات العربية المتحدة، وفقاً لأحكام القانون الاتحادي رقم 5 لسنة 1985 وتعديلاته، وبما لا يتعارض مع قواعد السلوك المهني.").Align(TextAlignment.Justify));
                c.NumberedList(l => l
                    .Item($"مراجعة عقد التوريد المؤرخ في {I("2025-11-02")} مع شركة {I("Globex Corporation")}.")
                    .Item("إعداد مذكرة قانونية بشأن نظام حماية البيانات الشخصية (PDPL).")
                    .Item("حضور جلسات التحكيم لدى مركز دبي للتحكيم الدولي (DIAC)."));
            }
            c.Heading(2, "المادة الثانية: الأتعاب");
            c.Table(t => t.Columns(ColumnWidth.Relative(3), ColumnWidth.Relative(2), ColumnWidth.Fixed(90))
                .HeaderRow("البند", "طريقة الاحتساب", "المبلغ (AED)")
                .Row("الاستشارات القانونية", "بالساعة", "1,500")
                .Row("مراجعة العقود", "لكل عقد", "4,000")
                .Row("التمثيل أمام المحاكم", "مبلغ مقطوع", "25,000"));
            c.Paragraph($"تُسدد الأتعاب خلال 30 يوماً من تاريخ الفاتورة بالتحويل إلى الحساب رقم {I("AE07 0331 2345 6789 0123 456")}.");
            c.BulletList(l => l.Item("تخضع الأتعاب لضريبة القيمة المضافة بنسبة 5%.").Item("لا تشمل الأتعاب الرسوم القضائية ومصاريف الخبرة."));
            c.HorizontalRule();
            c.KeepTogether(k => k
                .Heading(2, "التوقيعات")
                .Table(t => t.Columns(ColumnWidth.Relative(), ColumnWidth.Relative())
                    .Row("عن العميل: John Smith", "عن المكتب: أحمد الرشيد")
                    .Row("التوقيع: ____________", "التوقيع: ____________")
                    .Row($"التاريخ: {I("2026-03-15")}", $"التاريخ: {I("2026-03-15")}")));
        }));

    public static Document English(int clauseRepeats = 1) => Document.Create(d => d
        .Title("Legal Services Agreement").Author("WorkflowPortal").Language("en")
        .Direction(TextDirection.LeftToRight)
        .TextStyle(s => s with { Size = 10.5f })
        .Header(h => h.Paragraph(p => p.Text("Al-Rashid Law Firm — مكتب الرشيد للمحاماة").Align(TextAlignment.Center).Style(new SpanStyle(Size: 9, Color: Color.Gray)).Spacing(0, 0)))
        .Footer(f => f.Paragraph(p => p.Text("Page ").PageNumber().Text(" of ").PageCount().Align(TextAlignment.Center).Style(new SpanStyle(Size: 9)).Spacing(0, 0)))
        .Content(c =>
        {
            c.Image(Seal, 48);
            c.Heading(1, "Legal Services Agreement");
            c.Paragraph(p => p.Text("This agreement is made on ").Bold("15 March 2026").Text(" between ")
                .Bold("Acme Trading LLC").Text(" (the \"Client\") and Al-Rashid Law Firm (").Text("\u2068مكتب الرشيد للمحاماة\u2069")
                .Text(", the \"Firm\"), represented by Mr John Smith as the partner in charge.").Align(TextAlignment.Justify));
            for (var r = 0; r < clauseRepeats; r++)
            {
                c.Heading(2, r == 0 ? "Article 1: Scope of services" : $"Article {r + 1}: Further terms");
                c.Paragraph(p => p.Text("The Firm shall provide legal advice, review commercial contracts and represent the Client before the competent courts of the United Arab Emirates, in accordance with Federal Law No. 5 of 1985 as amended, and consistently with the rules of professional conduct.").Align(TextAlignment.Justify));
                c.NumberedList(l => l
                    .Item("Review of the supply agreement dated 2025-11-02 with Globex Corporation.")
                    .Item("A legal memorandum on the Personal Data Protection Law (PDPL).")
                    .Item("Attendance at arbitration hearings before the Dubai International Arbitration Centre (DIAC)."));
            }
            c.Heading(2, "Article 2: Fees");
            c.Table(t => t.Columns(ColumnWidth.Relative(3), ColumnWidth.Relative(2), ColumnWidth.Fixed(90))
                .HeaderRow("Item", "Basis", "Amount (AED)")
                .Row("Legal advice", "Hourly", "1,500")
                .Row("Contract review", "Per contract", "4,000")
                .Row("Court representation", "Fixed fee", "25,000"));
            c.Paragraph("Fees are payable within 30 days of the invoice date by transfer to account AE07 0331 2345 6789 0123 456.");
            c.BulletList(l => l.Item("Fees are subject to VAT at 5%.").Item("Fees exclude court charges and expert costs."));
            c.HorizontalRule();
            c.KeepTogether(k => k
                .Heading(2, "Signatures")
                .Table(t => t.Columns(ColumnWidth.Relative(), ColumnWidth.Relative())
                    .Row("For the Client: John Smith", "For the Firm: Ahmed Al-Rashid")
                    .Row("Signature: ____________", "Signature: ____________")
                    .Row("Date: 2026-03-15", "Date: 2026-03-15")));
        }));

    static byte[] DrawSeal()
    {
        using var surface = SKSurface.Create(new SKImageInfo(96, 96));
        surface.Canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0x1F, 0x4E, 0x79), Style = SKPaintStyle.Stroke, StrokeWidth = 6 };
        surface.Canvas.DrawCircle(48, 48, 42, paint);
        paint.Style = SKPaintStyle.Fill;
        surface.Canvas.DrawCircle(48, 48, 24, paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
