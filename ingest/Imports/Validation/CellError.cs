namespace Crm.Ingest.Imports.Validation;

/// <summary>Why a cell (or a row, when the column is a field name) cannot be imported.</summary>
public sealed record CellError(string Column, string Reason);
