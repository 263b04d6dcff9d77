using System.Text;

namespace Crm.Ingest.Tests.Imports;

/// <summary>Writes CSV rows byte by byte, so a test can put invalid UTF-8 into a cell on purpose.</summary>
public sealed class FuzzCsv : IDisposable
{
    private readonly FileStream _file;

    public FuzzCsv(string path, params string[] headers)
    {
        _file = File.Create(path);
        Row(headers.Select(h => (object)h).ToArray());
    }

    /// <summary>Cells are strings (quoted as needed) or byte arrays (written raw).</summary>
    public void Row(params object[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) _file.WriteByte((byte)',');
            var bytes = cells[i] switch
            {
                byte[] raw => raw,
                string s when s.IndexOfAny([',', '"', '\n', '\r']) >= 0 => Encoding.UTF8.GetBytes("\"" + s.Replace("\"", "\"\"") + "\""),
                string s => Encoding.UTF8.GetBytes(s),
                _ => throw new ArgumentException("cells are strings or bytes"),
            };
            _file.Write(bytes);
        }
        _file.Write("\r\n"u8);
    }

    public void Dispose() => _file.Dispose();
}
