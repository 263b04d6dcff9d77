namespace Crm.Warehouse.Etl;

/// <summary>A load that did not go live; the previous warehouse is untouched and the message says why.</summary>
public sealed class EtlFailedException(string message, Exception? inner = null) : Exception(message, inner);
