namespace Crm.Ingest.Demo;

/// <summary>A customer's lifecycle and segment from <see cref="At"/> on (a row of customer_attribute_history).</summary>
internal sealed record AttributeChange(DateTime At, string Lifecycle, string Segment);
