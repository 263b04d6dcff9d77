namespace Crm.Ingest.Migrations;

/// <summary>One versioned SQL file, e.g. V003__marketing.sql.</summary>
public sealed record Migration(int Version, string Name, string Sql, string Checksum);
