using Crm.Dashboards.Pdf;
using Crm.Dashboards.Reports.Funnel;

namespace Crm.Dashboards.Tests;

/// <summary>A PDF (the funnel's unless said otherwise) written to a temporary file for the command-line tools, deleted afterwards.</summary>
internal sealed class TempPdf : IDisposable
{
    public TempPdf(FunnelView view) : this(buffer => FunnelPdf.Write(buffer, view), "funnel")
    {
    }

    public TempPdf(Action<Stream> write, string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.pdf");
        using MemoryStream buffer = new();
        write(buffer);
        Bytes = buffer.ToArray();
        File.WriteAllBytes(Path, Bytes);
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public void Dispose()
    {
        File.Delete(Path);
        foreach (string png in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileNameWithoutExtension(Path) + "*.png"))
            File.Delete(png);
    }
}
