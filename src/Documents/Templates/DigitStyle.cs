namespace WorkflowPortal.Documents.Templates;

// How a template writes the numbers its filters produce: 2027 or ٢٠٢٧.
public enum DigitStyle { Latin, ArabicIndic }
