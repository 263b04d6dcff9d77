namespace Crm.Ingest.Demo;

internal enum NameScript { Armenian, Latin, Cyrillic }
