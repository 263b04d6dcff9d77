namespace Crm.Ingest.Imports.Reading;

public enum ImportFormat
{
    Csv,
    Xlsx,
}
