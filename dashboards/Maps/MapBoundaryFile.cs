using System.Text.Json;

namespace Crm.Dashboards.Maps;

/// <summary>
/// The boundary file at a configured folder, read once and again only when it changes. An absent or unreadable file
/// is no error: the map then draws the towns on plain coordinates and says why.
/// </summary>
public sealed class MapBoundaryFile(string directory)
{
    private readonly object _gate = new();
    private (DateTime WrittenUtc, long Length, MapBoundaries? Boundaries) _loaded;

    public string Path { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, MapBoundaries.FileName));

    /// <summary>The boundaries, or null when the file is missing or is not the GeoJSON expected.</summary>
    public MapBoundaries? Current()
    {
        FileInfo file = new(Path);
        if (!file.Exists) return null;
        lock (_gate)
        {
            if (_loaded.WrittenUtc == file.LastWriteTimeUtc && _loaded.Length == file.Length) return _loaded.Boundaries;
            MapBoundaries? boundaries;
            try
            {
                using FileStream stream = file.OpenRead();
                boundaries = MapBoundaries.Parse(stream);
            }
            // A hand-edited file can fail in any of these ways; each means "not the file we know".
            catch (Exception e) when (e is JsonException or IOException or InvalidOperationException or KeyNotFoundException
                                       or IndexOutOfRangeException or FormatException)
            {
                boundaries = null;
            }
            _loaded = (file.LastWriteTimeUtc, file.Length, boundaries);
            return boundaries;
        }
    }
}
