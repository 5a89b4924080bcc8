using WorkflowPortal.Documents.Model;

namespace WorkflowPortal.Documents.Tests.Samples;

// A long bilingual contract for the benchmark and pagination: each article in Arabic, then in
// English, with a fee table per article. Articles scale the length (about 2.6 articles a page).
public static class BilingualContract
{
    // Families null: the library's default fonts (Noto).
    public static Document Create(int articles, IReadOnlyList<string>? families = null) => Document.Create(d => d
        .TextStyle(s => families is null ? s : s with { Families = families })
        .Title("عقد خدمات قانونية — Legal Services Agreement").Author("WorkflowPortal").Language("ar")
        .Direction(TextDirection.RightToLeft)
        .Header(h => h.Paragraph(p => p.Text("مكتب الرشيد للمحاماة — Al-Rashid Law Firm").Align(TextAlignment.Center).Style(new SpanStyle(Size: 9, Color: Color.Gray)).Spacing(0, 0)))
        .Footer(f => f.Paragraph(p => p.Text("صفحة ").PageNumber().Text(" من ").PageCount().Text(" — Page ").PageNumber().Text(" of ").PageCount().Align(TextAlignment.Center).Style(new SpanStyle(Size: 9)).Spacing(0, 0)))
        .Content(c =>
        {
            c.Image(SampleContract.Seal, 40);
            c.Heading(1, "عقد خدمات قانونية — Legal Services Agreement");
            for (var a = 1; a <= articles; a++)
            {
                var number = a;
                c.Heading(2, $"المادة {number} — Article {number}");
                c.Paragraph(p => p.Text($"يلتزم المكتب بتقديم الاستشارات القانونية لشركة {SampleContract.I("Acme Trading LLC")} ومراجعة العقود التجارية المؤرخة في {SampleContract.I("2026-03-15")} وتمثيل العميل أمام المحاكم المختصة، وفقاً لأحكام القانون الاتحادي رقم 5 لسنة 1985 وتعديلاته، على أن تُسدد الأتعاب خلال 30 يوماً من تاريخ الفاتورة.").Align(TextAlignment.Justify));
                c.Paragraph(p => p.Text("The Firm shall advise Acme Trading LLC, review the commercial contracts dated 15 March 2026 and represent the Client before the competent courts under Federal Law No. 5 of 1985 as amended; fees are payable within 30 days of the invoice date.")
                    .Direction(TextDirection.LeftToRight).Align(TextAlignment.Justify));
                c.BulletList(l => l.Item($"مراجعة عقد التوريد مع {SampleContract.I("Globex Corporation")}.").Item("تقديم مذكرة قانونية — a legal memorandum on the PDPL."));
                c.Table(t => t.Columns(ColumnWidth.Relative(3), ColumnWidth.Relative(2), ColumnWidth.Fixed(80))
                    .HeaderRow("البند — Item", "الأساس — Basis", "AED")
                    .Row("استشارات — Advice", "بالساعة — Hourly", $"{1500 + number:N0}")
                    .Row("مراجعة — Review", "لكل عقد — Per contract", $"{4000 + number:N0}"));
            }
            c.KeepTogether(k => k.Heading(2, "التوقيعات — Signatures")
                .Table(t => t.Row("عن العميل — For the Client", "عن المكتب — For the Firm").Row("____________", "____________")));
        }));
}
