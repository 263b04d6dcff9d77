namespace Crm.Warehouse.Export;

/// <summary>
/// Where an export is written: a sibling DIR.tmp-xxxx on the same disk, renamed to DIR only when complete, so a
/// reader finds either the previous export or the new one, whole. DIR may be missing, empty, or an earlier
/// export; anything else is refused before a byte is written.
/// </summary>
public sealed class ExportFolder
{
    private ExportFolder(string target)
    {
        Target = target;
        Staging = $"{target}.tmp-{ShortId()}";
    }

    public string Target { get; }
    public string Staging { get; }

    /// <summary>Checks the target and creates the staging folder beside it.</summary>
    /// <exception cref="ExportRefusedException">The target is a file, or a folder with files that no export wrote.</exception>
    public static ExportFolder Prepare(string directory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(target))
            throw new ExportRefusedException($"{target} is a file; the export needs a folder there");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && ExportManifest.ReadFrom(target) is null)
            throw new ExportRefusedException(
                $"{target} is not empty and has no {ExportManifest.FileName} of an earlier export; " +
                "refusing to replace files this command did not write (choose another folder or empty this one)");
        var folder = new ExportFolder(target);
        Directory.CreateDirectory(folder.Staging);
        return folder;
    }

    /// <summary>Puts the finished staging folder in the target's place.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
            return;
        }
        // A folder cannot be renamed over a non-empty one: the earlier export steps aside first, for the moment
        // between two renames, and is deleted once the new one is in place.
        var previous = $"{Target}.old-{ShortId()}";
        Directory.Move(Target, previous);
        try
        {
            Directory.Move(Staging, Target);
        }
        catch
        {
            Directory.Move(previous, Target);
            throw;
        }
        Directory.Delete(previous, recursive: true);
    }

    private static string ShortId() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Removes the staging folder and whatever was written into it.</summary>
    public void Abandon()
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
