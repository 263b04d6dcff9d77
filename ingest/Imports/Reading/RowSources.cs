namespace Crm.Ingest.Imports.Reading;

/// <summary>Opens a file as rows, choosing the reader by the format asked for or the file's extension.</summary>
public static class RowSources
{
    public static ImportFormat FormatOf(string fileName, ImportFormat? requested) =>
        requested ?? (Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ImportFormat.Xlsx
            : ImportFormat.Csv);

    public static IRowSource Open(string path, ImportFormat format)
    {
        try
        {
            return format == ImportFormat.Xlsx ? new XlsxRowSource(path) : new CsvRowSource(path);
        }
        catch (Exception e) when (e is not FileNotFoundException and not OperationCanceledException)
        {
            throw new ImportRefusedException($"the file cannot be read as {format.ToString().ToUpperInvariant()}: {e.Message}");
        }
    }
}
