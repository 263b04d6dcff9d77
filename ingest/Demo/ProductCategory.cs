namespace Crm.Ingest.Demo;

internal sealed record ProductCategory(long Id, string Code, string NameHy, string NameEn, string NameRu);
