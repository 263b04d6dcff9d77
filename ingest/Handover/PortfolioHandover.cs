using Npgsql;

namespace Crm.Ingest.Handover;

/// <summary>
/// Marks an agent as left and hands their customers, open deals and open tasks over, in one transaction: either
/// all of it happens or, when the request is refused (<see cref="HandoverRefusedException"/>), nothing does.
/// </summary>
public static class PortfolioHandover
{
    // A moment "now" from a client whose clock runs a little ahead is still now.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static async Task<HandoverResult> HandOverAsync(string connectionString, HandoverRequest request, CancellationToken ct = default)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        return await HandOverAsync(db, request, ct);
    }

    public static Task<HandoverResult> HandOverAsync(NpgsqlDataSource db, HandoverRequest request, CancellationToken ct = default) =>
        RunAsync(db, request, apply: true, ct);

    /// <summary>Plans the handover as <see cref="HandOverAsync(NpgsqlDataSource, HandoverRequest, CancellationToken)"/> would, changing nothing.</summary>
    public static Task<HandoverResult> PreviewAsync(NpgsqlDataSource db, HandoverRequest request, CancellationToken ct = default) =>
        RunAsync(db, request, apply: false, ct);

    private static async Task<HandoverResult> RunAsync(NpgsqlDataSource db, HandoverRequest request, bool apply, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var read = new PortfolioReader(conn, tx, ct);
        var now = HandoverCalendar.ToStoredPrecision(DateTimeOffset.UtcNow);
        var at = HandoverCalendar.ToStoredPrecision(request.EffectiveAt ?? now);
        var leaveDate = HandoverCalendar.LocalDate(at);

        var leaver = await read.AgentAsync(request.LeavingAgentId, forUpdate: true);
        if (leaver is null || leaver.Deleted)
            throw new HandoverRefusedException(HandoverRefusal.UnknownAgent, $"there is no agent {request.LeavingAgentId}");
        if (leaver.Status == "left")
            throw new HandoverRefusedException(HandoverRefusal.AlreadyLeft, $"agent {leaver.Id} ({leaver.FullName}) has already left");
        if (at > now + ClockSkew)
            throw new HandoverRefusedException(HandoverRefusal.EffectiveInFuture,
                $"the handover cannot take effect in the future ({at:u}); run it on the day");
        if (leaveDate < leaver.HireDate)
            throw new HandoverRefusedException(HandoverRefusal.EffectiveBeforeHistory,
                $"agent {leaver.Id} was hired on {leaver.HireDate:yyyy-MM-dd}, after the leave date {leaveDate:yyyy-MM-dd}");

        var receiverIds = request.ToAgentId is { } to ? [await CheckTargetAsync(read, leaver, to, leaveDate)] : await read.ColleaguesAsync(leaver, at);
        if (receiverIds.Count == 0)
            throw new HandoverRefusedException(HandoverRefusal.NoColleague,
                $"agent {leaver.Id} has no active colleague in their department to spread the portfolio over; name a receiver");
        var receivers = await read.ReceiversAsync(receiverIds);

        await read.BackfillDealOwnershipAsync(leaver.Id);
        var portfolio = await read.PortfolioAsync(leaver.Id);
        if (portfolio.LatestStart is { } latest && at <= new DateTimeOffset(latest, TimeSpan.Zero))
            throw new HandoverRefusedException(HandoverRefusal.EffectiveBeforeHistory,
                $"agent {leaver.Id} took over part of the portfolio at {latest:u}; the handover must take effect after that");

        var items = HandoverPlanner.Plan(portfolio, receivers);
        long handoverId = 0;
        if (apply)
        {
            handoverId = await HandoverWriter.WriteAsync(conn, tx, leaver.Id, request.ToAgentId, at, request.CreatedBy, items, ct);
            await tx.CommitAsync(ct);
        }
        else await tx.RollbackAsync(ct);

        var summaries = receivers.Select(r => new HandoverReceiverSummary(r.Id, r.FullName,
            items.Count(i => i.ToAgentId == r.Id && i.Kind == "customer"), items.Count(i => i.ToAgentId == r.Id && i.Kind == "deal"),
            items.Count(i => i.ToAgentId == r.Id && i.Kind == "task"), r.Load)).ToList();
        return new HandoverResult(handoverId, leaver.Id, leaver.FullName, request.Spread ? "spread" : "named", at, leaveDate, summaries, items);
    }

    private static async Task<long> CheckTargetAsync(PortfolioReader read, AgentRow leaver, long to, DateOnly leaveDate)
    {
        if (to == leaver.Id)
            throw new HandoverRefusedException(HandoverRefusal.TargetIsLeaver, $"agent {to} cannot hand the portfolio over to themselves");
        var target = await read.AgentAsync(to, forUpdate: false);
        if (target is null || target.Deleted)
            throw new HandoverRefusedException(HandoverRefusal.UnknownTarget, $"there is no agent {to} to hand the portfolio to");
        if (target.Status != "active")
            throw new HandoverRefusedException(HandoverRefusal.TargetNotActive,
                $"agent {to} ({target.FullName}) is {target.Status.Replace('_', ' ')}, not active");
        if (target.HireDate > leaveDate)
            throw new HandoverRefusedException(HandoverRefusal.TargetNotActive,
                $"agent {to} ({target.FullName}) was hired on {target.HireDate:yyyy-MM-dd}, after the leave date {leaveDate:yyyy-MM-dd}");
        return to;
    }
}
