namespace Crm.Ingest.Imports.Mapping;

/// <summary>
/// Matches a file's headers to an entity's fields: the mapping's explicit columns first, then names and
/// aliases. A required field with neither a column nor a default refuses the whole file.
/// </summary>
public static class HeaderMatcher
{
    public const string QuarantineIdHeader = "_quarantine_id";
    public const string ErrorsHeader = "_errors";

    public static ColumnMap Match(IReadOnlyList<FieldSpec> fields, IReadOnlyList<string> headers, ImportMapping mapping,
        IReadOnlyDictionary<string, string> defaults)
    {
        var keys = headers.Select(HeaderKey.Of).ToArray();
        var used = new bool[headers.Count];
        var columns = new int[fields.Count];
        var unknownMapped = new List<string>();
        foreach (var name in mapping.Columns.Keys.Where(k => fields.All(f => f.Name != k)))
            unknownMapped.Add($"the mapping names field \"{name}\", which this entity does not have");
        for (var i = 0; i < fields.Count; i++)
        {
            columns[i] = -1;
            if (mapping.Columns.TryGetValue(fields[i].Name, out var header))
            {
                var at = Array.IndexOf(keys, HeaderKey.Of(header));
                if (at < 0) unknownMapped.Add($"the mapping maps field \"{fields[i].Name}\" to column \"{header}\", which is not in the file");
                else { columns[i] = at; used[at] = true; }
            }
        }
        for (var i = 0; i < fields.Count; i++)
        {
            if (columns[i] >= 0 || mapping.Columns.ContainsKey(fields[i].Name)) continue;
            foreach (var alias in fields[i].Aliases.Prepend(fields[i].Name).Select(HeaderKey.Of))
            {
                var at = Array.FindIndex(keys, k => k == alias);
                if (at >= 0 && !used[at]) { columns[i] = at; used[at] = true; break; }
            }
        }
        var quarantineId = Array.IndexOf(keys, HeaderKey.Of(QuarantineIdHeader));
        if (quarantineId >= 0) used[quarantineId] = true;
        var errorsColumn = Array.IndexOf(keys, HeaderKey.Of(ErrorsHeader));
        if (errorsColumn >= 0) used[errorsColumn] = true;

        var missing = fields.Where((f, i) => f.Required && columns[i] < 0 && !defaults.ContainsKey(f.Name))
            .Select(f => f.Name).ToList();
        if (missing.Count > 0 || unknownMapped.Count > 0)
        {
            var problems = new List<string>(unknownMapped);
            if (missing.Count > 0) problems.Add($"required columns missing: {string.Join(", ", missing)}");
            throw new ImportRefusedException(
                $"{string.Join("; ", problems)} (headers in the file: {string.Join(", ", headers.Select(h => $"\"{h}\""))})");
        }
        var unknown = headers.Where((h, i) => !used[i] && !string.IsNullOrWhiteSpace(h)).ToList();
        return new ColumnMap(columns, headers, unknown, quarantineId);
    }
}
