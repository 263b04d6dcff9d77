namespace Crm.Ingest.Imports;

/// <summary>The file as a whole cannot be imported (unreadable, required columns missing); nothing was written.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
