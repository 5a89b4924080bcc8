namespace WorkflowPortal.Documents.Tests;

// Files the tests read from Debian packages that CI installs. A missing one fails the test with
// the package to install, never a skip: these checks must not disappear silently.
internal static class SystemAssets
{
    public const string BidiTest = "/usr/share/unicode/BidiTest.txt";
    public const string BidiCharacterTest = "/usr/share/unicode/BidiCharacterTest.txt";
    public const string AmiriRegular = "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf";
    public const string NotoSansRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    public const string Pdftotext = "/usr/bin/pdftotext";

    public static string Require(string path)
    {
        if (!File.Exists(path))
        {
            var package = path switch
            {
                _ when path.StartsWith("/usr/share/unicode", StringComparison.Ordinal) => "unicode-data",
                _ when path.Contains("amiri", StringComparison.Ordinal) => "fonts-hosny-amiri",
                _ when path.Contains("noto", StringComparison.Ordinal) => "fonts-noto-core",
                _ => "poppler-utils",
            };
            Assert.Fail($"{path} is missing: install the Debian package '{package}' (CI installs it).");
        }
        return path;
    }
}
