namespace Crm.Ingest.Dedup;

/// <summary>What the <see cref="MatchChooser"/> needs to know about the store beyond the candidates themselves.</summary>
public interface IMatchContext
{
    /// <summary>A person or a revert has already decided about this pair: never propose or merge it again.</summary>
    bool Settled(long a, long b);

    /// <summary>Every customer counted as this root: merging into it means being the same as all of them.</summary>
    IEnumerable<CustomerKeys> MembersOf(long rootId);

    /// <summary>How many other customers with exactly this name to expect in the customer's town by chance.</summary>
    double ExpectedNamesakes(CustomerKeys customer);
}
