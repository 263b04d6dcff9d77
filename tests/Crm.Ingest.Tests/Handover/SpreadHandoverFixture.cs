using Crm.Ingest.Handover;

namespace Crm.Ingest.Tests.Handover;

/// <summary>The demo store with one agent's portfolio spread over their department, previewed twice first.</summary>
public sealed class SpreadHandoverFixture : IAsyncLifetime
{
    public HandoverDemoStore Store { get; } = new();
    public DateTimeOffset At { get; } = HandoverCalendar.StartOf(new DateOnly(2026, 11, 12));
    public long LeaverId { get; private set; }
    public HandoverResult FirstPreview { get; private set; } = null!;
    public HandoverResult SecondPreview { get; private set; } = null!;
    public HandoverResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Store.InitializeAsync();
        LeaverId = await Store.BusiestSellerAsync();
        var request = new HandoverRequest(LeaverId, null, At, "test");
        FirstPreview = await PortfolioHandover.PreviewAsync(Store.Db, request);
        SecondPreview = await PortfolioHandover.PreviewAsync(Store.Db, request);
        Result = await PortfolioHandover.HandOverAsync(Store.Db, request);
    }

    public Task DisposeAsync() => Store.DisposeAsync();
}
