namespace Crm.Ingest.Demo;

internal sealed record Department(long Id, string Code, string Name, long? ParentId, string Region, DateTime CreatedAt);
