namespace Crm.Dashboards.Maps;

/// <summary>The filters that are set, as "Department: Gyumri office" lines in the view's language, for the PDF's header.</summary>
public static class MapFilterLabels
{
    public static IEnumerable<string> Describe(MapView view)
    {
        MapTexts words = view.Words;
        var values = view.Filter.ReportFilters().ToDictionary(f => f.Parameter.Name, f => f.Value);
        (string Name, string Label, IReadOnlyList<MapOption> Options)[] filters =
        [
            ("department", words.Department, view.Options.Departments),
            ("agent", words.Agent, view.Options.Agents),
            ("source", words.Source, view.Options.Sources),
            ("segment", words.Segment, view.Options.Segments),
        ];
        foreach (var (name, label, options) in filters)
        {
            if (values.GetValueOrDefault(name) is not { } value) continue;
            string shown = options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase))?.Label ?? value;
            yield return $"{label}: {shown}";
        }
    }
}
