namespace Crm.Ingest.Imports.Reading;

/// <summary>
/// A file read one row at a time (never whole): the header line, then data rows. The current row is valid
/// until the next <see cref="Read"/>.
/// </summary>
public interface IRowSource : IDisposable
{
    IReadOnlyList<string> Headers { get; }

    /// <summary>Moves to the next data row; false at the end of the file.</summary>
    bool Read();

    /// <summary>The row's number as the user sees it (the header is row 1).</summary>
    long RowNumber { get; }

    /// <summary>The cell under header <paramref name="column"/>, or null when the row is shorter.</summary>
    string? Cell(int column);

    /// <summary>The row as it stood in the file, for the quarantine.</summary>
    string RawText { get; }

    long BytesRead { get; }
    long? TotalBytes { get; }
}
