namespace ThaiGovDocs.Ocr;

/// <summary>A native library (Tesseract, Leptonica) or a recognition model (traineddata) could not be found or loaded.</summary>
/// <remarks>The message lists every place that was searched and the command that installs what is missing.</remarks>
public sealed class NativeDependencyException : Exception
{
    /// <summary>The Debian/Ubuntu command that installs every native dependency of the OCR layer.</summary>
    public const string DebianInstallCommand = "sudo apt-get install libtesseract5 liblept5 tesseract-ocr-tha tesseract-ocr-eng";

    /// <summary>Creates the exception.</summary>
    public NativeDependencyException() : base("A native OCR dependency is missing. Install it with: " + DebianInstallCommand) { }

    /// <summary>Creates the exception with a message.</summary>
    public NativeDependencyException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public NativeDependencyException(string message, Exception innerException) : base(message, innerException) { }
}
