using System.Globalization;
using System.Text;
using WorkflowPortal.Api.Access;
using WorkflowPortal.Workflows.Matters;

namespace WorkflowPortal.Api.Matters;

// Streams the filtered list as CSV, page by page: a large export never sits in memory.
internal static class MatterCsv
{
    public static async Task ExportAsync([AsParameters] MatterListQuery query, HttpContext http, MatterQueries matters, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"matters.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("reference,kind,title,status,open,priority,practice_area,submitted_at,updated_at,from_portal,client,assigned_lawyer");
        await foreach (var m in matters.AllAsync(http.Actor(), query.ToFilter(), ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                Cell(m.Reference), Cell(m.Kind.ToString()), Cell(m.Title), Cell(m.Status), m.IsDone ? "no" : "yes",
                Cell(m.Priority.ToString()), Cell(m.PracticeArea ?? ""),
                m.SubmittedAt.ToString("u", CultureInfo.InvariantCulture), m.UpdatedAt.ToString("u", CultureInfo.InvariantCulture),
                m.FromPortal ? "yes" : "no", Cell(m.ClientName ?? ""), Cell(m.AssignedLawyerName ?? "")));
        }
    }

    // Quotes every text cell and neutralises leading = + - @ so that a title cannot become a spreadsheet formula.
    static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
