using System.Reflection;

namespace Crm.Ml.Sql;

/// <summary>The embedded queries of ml/Sql/*.sql.</summary>
internal static class MlSql
{
    public static string Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ml/{name}.sql")
            ?? throw new InvalidOperationException($"no embedded query ml/{name}.sql");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
