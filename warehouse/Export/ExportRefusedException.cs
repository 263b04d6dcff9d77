namespace Crm.Warehouse.Export;

/// <summary>The export would have replaced something that is not an earlier export; nothing was written.</summary>
public sealed class ExportRefusedException(string message) : Exception(message);
