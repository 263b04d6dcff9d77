namespace Crm.Ingest.Demo;

internal sealed record PaymentDraft(string Method, DateOnly? DueDate, ActivityDraft SaleActivity);
