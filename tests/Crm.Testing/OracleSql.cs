namespace Crm.Testing;

/// <summary>
/// SQL pieces for checking reports independently on PostgreSQL, from the operational tables and not the star.
/// A report's scope and customer figures count merged duplicates for their root customer, so the checks must too.
/// </summary>
public static class OracleSql
{
    /// <summary>Where an oracle file (Oracles/pg_*.sql) wants <see cref="Ctes"/> for @scope_agent_id: <c>with recursive {{roots_and_portfolio}}, ...</c>.</summary>
    public const string RootsAndPortfolio = "{{roots_and_portfolio}}";

    /// <summary>
    /// CTEs <c>roots(id, root_id)</c>: every customer with the root it was merged into (itself when not merged), and
    /// <c>portfolio(id)</c>: the customers (duplicates included) whose root the agent given as <paramref name="agentParameter"/>
    /// owns now. Start a query with it: <c>{OracleSql.Roots("$3")} select ... where d.customer_id in (select id from portfolio)</c>.
    /// </summary>
    public static string Roots(string agentParameter = "null") => $"with recursive {Ctes(agentParameter)}\n";

    /// <summary>The two CTEs of <see cref="Roots"/> without the <c>with recursive</c> that opens them.</summary>
    public static string Ctes(string agentParameter) => $"""
        roots(id, root_id) as (
            select id, id from customers where merged_into_id is null
            union all
            select c.id, r.root_id from customers c join roots r on c.merged_into_id = r.id
        ),
        portfolio as (
            select r.id from roots r join customers root on root.id = r.root_id
            where root.owner_agent_id = {agentParameter}::bigint
        )
        """;
}
