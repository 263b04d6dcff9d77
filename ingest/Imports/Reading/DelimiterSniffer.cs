using System.Text;

namespace Crm.Ingest.Imports.Reading;

/// <summary>Picks `,`, `;` or tab from the header line: whichever occurs most often outside quotes.</summary>
internal static class DelimiterSniffer
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static string Detect(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[64 * 1024];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        var counts = new int[Candidates.Length];
        var quoted = false;
        for (var i = 0; i < n; i++)
        {
            var c = buffer[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted)
                for (var k = 0; k < Candidates.Length; k++)
                    if (c == Candidates[k]) counts[k]++;
        }
        var best = 0;
        for (var k = 1; k < Candidates.Length; k++)
            if (counts[k] > counts[best]) best = k;
        return Candidates[best].ToString();
    }
}
