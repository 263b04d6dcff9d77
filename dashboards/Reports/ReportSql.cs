using System.Reflection;

namespace Crm.Dashboards.Reports;

/// <summary>The report queries, embedded from their rpt_*.sql files.</summary>
public static class ReportSql
{
    public static string Load(string name)
    {
        var asm = Assembly.GetExecutingAssembly();
        using var stream = asm.GetManifestResourceStream($"reports/{name}.sql")
            ?? throw new InvalidOperationException($"no report query named {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
