namespace Crm.Ingest.Demo;

/// <summary>
/// Explicit ids for the tables loaded in chunks: handing them out in generation order is what makes two
/// runs with the same seed produce the same ids (the sequences are set to the maximum afterwards).
/// </summary>
internal sealed class IdSequences
{
    private long _contacts, _ownership, _deals, _history, _quotes, _quoteLines, _contracts, _documents, _activities,
        _saleLines, _loyalty, _attributeChanges;

    public long Contact() => ++_contacts;
    public long Ownership() => ++_ownership;
    public long Deal() => ++_deals;
    public long History() => ++_history;
    public long Quote() => ++_quotes;
    public long QuoteLine() => ++_quoteLines;
    public long Contract() => ++_contracts;
    public long Document() => ++_documents;
    public long Activity() => ++_activities;
    public long SaleLine() => ++_saleLines;
    public long Loyalty() => ++_loyalty;
    public long AttributeChange() => ++_attributeChanges;
}
