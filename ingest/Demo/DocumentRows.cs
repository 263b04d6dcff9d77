using Npgsql;

namespace Crm.Ingest.Demo;

/// <summary>Document metadata rows; the files themselves would live in the company's document store.</summary>
internal static class DocumentRows
{
    public static BinaryTableWriter Open(NpgsqlConnection conn, LoadMeter meter) =>
        BinaryTableWriter.Open(conn, "documents",
            "id, entity_type, entity_id, file_name, mime_type, size_bytes, storage_uri, uploaded_by_agent_id, uploaded_at, created_at, updated_at",
            meter);

    public static void Write(BinaryTableWriter w, long id, string entityType, long entityId, string fileName, string mime,
        long size, string uri, long? agentId, DateTime uploadedAt) =>
        w.Row().Long(id).Text(entityType).Long(entityId).Text(fileName).Text(mime).Long(size).Text(uri).Long(agentId)
            .Time(uploadedAt).Time(uploadedAt).Time(uploadedAt).End();
}
