namespace Crm.Dashboards.Maps;

/// <summary>One choice of a filter's drop-down: the value the query string carries and what the reader sees.</summary>
public sealed record MapOption(string Value, string Label);
