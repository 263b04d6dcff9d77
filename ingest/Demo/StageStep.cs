namespace Crm.Ingest.Demo;

internal readonly record struct StageStep(string Stage, DateTime At);
