namespace Crm.Ingest.Dedup;

/// <summary>What dedup decided about a customer just written by an import or the API.</summary>
public enum DedupOutcome
{
    /// <summary>No one like them in the store.</summary>
    Unique,
    /// <summary>Surely someone the store already knows: linked to that customer, nothing deleted.</summary>
    Merged,
    /// <summary>Perhaps someone the store knows: put on the review list for a person to decide.</summary>
    Review,
}
