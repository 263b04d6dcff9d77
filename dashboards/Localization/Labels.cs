namespace Crm.Dashboards.Localization;

/// <summary>The label tables of the reports: their columns, their parameters (and a choice as "parameter=value"), and
/// the coded values a cell may hold (as "column=value").</summary>
public static class Labels
{
    private static readonly Lazy<LabelTable> ColumnTable = new(() => LabelTable.Load("columns.csv"));
    private static readonly Lazy<LabelTable> ParameterTable = new(() => LabelTable.Load("parameters.csv"));
    private static readonly Lazy<LabelTable> ValueTable = new(() => LabelTable.Load("values.csv"));

    public static LabelTable Columns => ColumnTable.Value;

    public static LabelTable Parameters => ParameterTable.Value;

    public static LabelTable Values => ValueTable.Value;

    public static string Column(string name, Language language) => Columns.Of(name, language);

    public static string Parameter(string name, Language language) => Parameters.Of(name, language);

    public static string Choice(string parameter, string value, Language language) =>
        Parameters.Find($"{parameter}={value}", language) ?? value;

    /// <summary>A coded cell (a status, a segment...) in words; any other text as it is.</summary>
    public static string Value(string column, string value, Language language) =>
        Values.Find($"{column}={value}", language) ?? value;
}
