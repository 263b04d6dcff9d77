namespace Crm.Warehouse.Store;

public sealed class WarehouseNotReadyException(string message) : Exception(message);
