using System.Globalization;
using System.Text.Json;
using Crm.Dashboards.Localization;
using Crm.Dashboards.Reports;
using MiniExcelLibs;

namespace Crm.ReportingApi.Features.Reports;

/// <summary>A report's result written as JSON, CSV or XLSX; every form carries the same columns in the same order.</summary>
public static class ReportRendering
{
    public static byte[] Json(ReportResult result, ReportArguments args, ReportScope scope, Language language, DateTime? asOfUtc)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("report", result.Report.Name);
            json.WriteString("title", result.Report.Title.In(language));
            json.WriteString("language", language.Code());
            json.WriteString("scope", scope.Label);
            if (asOfUtc is { } asOf) json.WriteString("warehouseAsOf", DateTime.SpecifyKind(asOf, DateTimeKind.Utc));
            else json.WriteNull("warehouseAsOf");
            json.WriteStartObject("parameters");
            foreach (var p in result.Report.Parameters) WriteValue(json, p.Name, args.Values.GetValueOrDefault(p.SqlName));
            json.WriteEndObject();
            json.WriteStartArray("columns");
            foreach (var c in result.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < row.Length; i++) WriteValue(json, result.Columns[i].Name, row[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static byte[] Csv(ReportResult result)
    {
        using var buffer = new MemoryStream();
        // With a BOM: Excel, which many readers open CSV files in, otherwise misreads Armenian text.
        using (var writer = global::CsvHelper.CsvWriter.Create(new StreamWriter(buffer, new System.Text.UTF8Encoding(true), leaveOpen: true),
                   new global::CsvHelper.CsvWriterOptions(), false))
        {
            writer.WriteRecord(result.Columns.Select(c => c.Name).ToArray());
            foreach (var row in result.Rows) writer.WriteRecord(row.Select((v, i) => Text(v, result.Columns[i].Kind)).ToArray());
            writer.Flush();
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(ReportResult result)
    {
        var rows = result.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < row.Length; i++) record[result.Columns[i].Name] = Cell(row[i]);
            return record;
        }).ToList();
        using var buffer = new MemoryStream();
        if (rows.Count == 0) rows.Add(result.Columns.ToDictionary(c => c.Name, _ => (object?)null)); // keeps the header row
        buffer.SaveAs(rows, sheetName: result.Report.Name, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case string s: json.WriteString(name, s); break;
            case bool b: json.WriteBoolean(name, b); break;
            case decimal d: json.WriteNumber(name, d); break;
            case double d when double.IsFinite(d): json.WriteNumber(name, d); break;
            case double: json.WriteNull(name); break;
            case float f: json.WriteNumber(name, f); break;
            case long or int or short or byte or ulong or uint or ushort or sbyte: json.WriteNumber(name, Convert.ToDecimal(value, CultureInfo.InvariantCulture)); break;
            case DateOnly d: json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime t: json.WriteString(name, t); break;
            default: json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    // Money always with its two decimals: DuckDB's large sums arrive as decimals that have lost their trailing zeros.
    private static string Text(object? value, ColumnKind kind) => value switch
    {
        null => "",
        decimal d when kind == ColumnKind.Money => d.ToString("F2", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static object? Cell(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        double d when !double.IsFinite(d) => null,
        _ => value,
    };
}
