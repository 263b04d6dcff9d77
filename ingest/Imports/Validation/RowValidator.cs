using Crm.Ingest.Imports.Mapping;
using Crm.Ingest.Imports.References;

namespace Crm.Ingest.Imports.Validation;

/// <summary>
/// Applies the mapping (columns, value translations, defaults) to a row's cells, parses each field by its
/// type and lets the entity check the row as a whole. Every problem is collected, not just the first.
/// </summary>
public sealed class RowValidator
{
    private readonly ImportEntity _entity;
    private readonly ColumnMap _columns;
    private readonly string?[] _defaults;
    private readonly Dictionary<string, string>?[] _valueMaps;
    private readonly CellParser _parser;
    private readonly RowValues _row;

    public RowValidator(ImportEntity entity, ColumnMap columns, ImportMapping mapping,
        IReadOnlyDictionary<string, string> defaults, ReferenceBook book)
    {
        _entity = entity;
        _columns = columns;
        var fields = entity.Fields;
        _defaults = fields.Select(f => defaults.GetValueOrDefault(f.Name)).ToArray();
        _valueMaps = fields.Select(f => mapping.Values.TryGetValue(f.Name, out var map)
            ? new Dictionary<string, string>(map, StringComparer.OrdinalIgnoreCase)
            : null).ToArray();
        var zone = mapping.TimeZone is { Length: > 0 } id ? FindZone(id) : TimeZoneInfo.Utc;
        _parser = new CellParser(book, zone);
        _row = new RowValues(entity, columns, book);
    }

    public ColumnMap Columns => _columns;

    /// <summary>Validates one row; the returned values are reused by the next call.</summary>
    public RowValues Validate(Func<int, string?> cell)
    {
        _row.Reset();
        var fields = _entity.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var column = _columns.ColumnOfField[i];
            var raw = column >= 0 ? cell(column) : null;
            string? text = null;
            if (!string.IsNullOrEmpty(raw))
            {
                if (CellText.HasBrokenEncoding(raw)) { _row.CellError(i, "is not valid UTF-8 (broken encoding)"); continue; }
                text = raw.Trim();
                if (CellText.LooksLikeFormula(raw) || CellText.LooksLikeFormula(text))
                {
                    _row.CellError(i, "looks like a spreadsheet formula (CSV injection); not imported");
                    continue;
                }
            }
            if (!string.IsNullOrEmpty(text) && _valueMaps[i] is { } map && map.TryGetValue(text, out var mapped)) text = mapped;
            if (string.IsNullOrEmpty(text)) text = _defaults[i];
            if (string.IsNullOrEmpty(text))
            {
                if (fields[i].Required) _row.CellError(i, "is required");
                continue;
            }
            var value = _parser.Parse(fields[i], text, out var reason);
            if (reason is not null) _row.CellError(i, reason);
            else _row.Values[i] = value;
        }
        if (_row.IsValid) _entity.Check(_row);
        return _row;
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { throw new ImportRefusedException($"the mapping's time_zone \"{id}\" is not known"); }
    }
}
