namespace Crm.Ingest.Handover;

/// <summary>What a leaving agent holds: customers they own, their open deals and open tasks.</summary>
/// <param name="LatestStart">The latest start of an open ownership row that the handover closes: it must come after it.</param>
internal sealed record Portfolio(
    IReadOnlyList<long> CustomerIds,
    IReadOnlyList<PortfolioDeal> Deals,
    IReadOnlyList<PortfolioTask> Tasks,
    DateTime? LatestStart);
