using System.Diagnostics;
using System.Text;

namespace WorkflowPortal.Documents.Tests;

// pdftotext and pdfinfo from poppler-utils, run on PDF bytes.
internal static class Poppler
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf);

    public static string Run(string tool, byte[] pdf)
    {
        SystemAssets.Require(SystemAssets.Pdftotext);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            info.ArgumentList.Add("-enc");
            info.ArgumentList.Add("UTF-8");
            info.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                info.ArgumentList.Add("-");
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
