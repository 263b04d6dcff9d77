using System.Text;
using CsvHelper;

namespace Crm.Ingest.Imports.Reading;

/// <summary>
/// CSV through CsvHelper: UTF-8 with or without BOM, delimiter sniffed from the header line, quoted fields
/// with embedded newlines. Undecodable bytes become U+FFFD, which validation reports per cell. Row numbers
/// are the spreadsheet's (header = 1).
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly CsvReader _reader;

    public CsvRowSource(string path)
    {
        var separator = DelimiterSniffer.Detect(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        TotalBytes = file.Length;
        _reader = CsvReader.Create(file, new CsvReaderOptions
        {
            Separator = separator[0],
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            MaxRecordSize = 1 << 28,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            Encoding = new UTF8Encoding(false, throwOnInvalidBytes: false),
        }, false);
        _reader.ReadHeader();
        Headers = _reader.Headers.ToArray();
    }

    public IReadOnlyList<string> Headers { get; }
    public long RowNumber => _reader.RowNumber + 1;
    public long BytesRead => _reader.ByteOffset;
    public long? TotalBytes { get; }
    public string RawText => Encoding.UTF8.GetString(_reader.RawRecord).TrimEnd('\r', '\n');

    public bool Read() => _reader.Read();

    public string? Cell(int column) => column < _reader.FieldCount ? _reader.GetString(column) : null;

    public void Dispose() => _reader.Dispose();
}
