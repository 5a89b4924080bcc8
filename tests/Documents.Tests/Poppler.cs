using System.Diagnostics;
using System.Text;

namespace WorkflowPortal.Documents.Tests;

// pdftotext and pdfinfo from poppler-utils, run on PDF bytes.
internal static class Poppler
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf);

    // pdfsig prints each signature's checks: "Signature Validation: Signature is Valid." when the
    // CMS verifies over the signed bytes (the self-signed certificate's own trust is another line).
    public static string Signatures(byte[] pdf) => Run("pdfsig", pdf);

    // The text of one page (1-based).
    public static string PageText(byte[] pdf, int page) => Run("pdftotext", pdf, "-f", $"{page}", "-l", $"{page}");

    public static string Run(string tool, byte[] pdf, params string[] options)
    {
        SystemAssets.Require(SystemAssets.Pdftotext);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            if (tool != "pdfsig")
            {
                info.ArgumentList.Add("-enc");
                info.ArgumentList.Add("UTF-8");
            }
            foreach (var option in options) info.ArgumentList.Add(option);
            info.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                info.ArgumentList.Add("-");
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // pdfsig answers 1 for a document without signatures and 2 for a failing one: still an answer.
            Assert.True(process.ExitCode == 0 || tool == "pdfsig", $"{tool} failed: {process.StandardError.ReadToEnd()}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
