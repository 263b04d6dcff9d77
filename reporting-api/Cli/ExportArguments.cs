namespace Crm.ReportingApi.Cli;

/// <summary>`crm export parquet --out DIR`; the other options are the common ones (--warehouse FILE).</summary>
public sealed record ExportArguments(string Format, string OutDirectory)
{
    /// <returns>Null with <paramref name="error"/> set when the arguments do not make an export.</returns>
    public static ExportArguments? Parse(string[] options, out string? error)
    {
        string? format = null, output = null;
        error = null;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--out" when i + 1 < options.Length: output = options[++i]; break;
                case var o when o.StartsWith("--out="): output = o["--out=".Length..]; break;
                case "--out": error = "--out wants a folder"; break;
                case var o when o.StartsWith('-'): if (!o.Contains('=')) i++; break; // a common option and its value
                case var o when format is null: format = o; break;
                default: error = $"unexpected argument '{options[i]}'"; break;
            }
        }
        error ??= format is null ? "say what to export as: crm export parquet --out DIR"
            : format != "parquet" ? $"unknown export format '{format}' (parquet is the one there is)"
            : string.IsNullOrWhiteSpace(output) ? "say where to write: --out DIR"
            : null;
        return error is null ? new ExportArguments(format!, output!) : null;
    }
}
