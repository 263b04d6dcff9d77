namespace Crm.Ingest.Handover;

internal sealed record AgentRow(long Id, string FullName, string Status, DateOnly HireDate, long DepartmentId, string Role, bool Deleted);
