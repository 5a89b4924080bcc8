using System.Globalization;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Workflows.Contracts;

// The sentence a signer agrees to, in their language, naming the exact version they are shown.
// The page shows it before the Sign button and the API returns it on the signer's pending task; the
// signature keeps the text that was agreed to, so the evidence says what the person accepted.
public static class SignatureConsent
{
    public static string Text(CultureInfo culture, string signerName, string reference, int versionNumber, string sha256)
    {
        var hash = sha256.Length > 16 ? sha256[..16] : sha256;
        return culture.TwoLetterISOLanguageName == "ar"
            ? Bidi.Format("أنا {0}، أوقّع إلكترونياً على الإصدار {1} من العقد {2} (بصمة SHA-256 تبدأ بـ {3})، وأقرّ بأن هذا التوقيع يُلزمني كما يُلزمني توقيعي بخط يدي، وبأنني اطّلعت على هذا الإصدار قبل التوقيع.",
                signerName, versionNumber, reference, hash)
            : Bidi.Format("I, {0}, sign version {1} of contract {2} (SHA-256 beginning {3}) electronically, and agree that this signature binds me as my handwritten signature would and that I have read this version before signing.",
                signerName, versionNumber, reference, hash);
    }
}
