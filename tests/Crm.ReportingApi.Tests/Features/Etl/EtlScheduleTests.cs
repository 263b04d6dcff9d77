using Crm.ReportingApi.Infrastructure;
using Crm.ReportingApi.Jobs;
using Crm.Warehouse.Store;

namespace Crm.ReportingApi.Tests.Features.Etl;

public sealed class EtlScheduleTests
{
    [Theory]
    [InlineData("every night")]
    [InlineData("0 0 2 * *")]
    [InlineData("0 0 25 * * ?")]
    [InlineData("0 0 2 30 2 ? 2030")]
    public void InvalidCronIsRefusedAtStartup(string cron)
    {
        var store = new WarehouseStore(Path.Combine(Path.GetTempPath(), "crm-never-opened.duckdb"));
        var e = Assert.Throws<InvalidSettingException>(() =>
            CrmWebApp.Build(["--urls", "http://127.0.0.1:0"], TestSettings.Build(("Etl:Schedule", cron)), store, "Host=unused"));
        Assert.Equal("Etl:Schedule", e.Setting);
        Assert.Contains(cron, e.Message);
    }

    [Fact]
    public void UnknownTimeZoneIsRefusedAtStartup()
    {
        var e = Assert.Throws<InvalidSettingException>(() => EtlSchedule.From(TestSettings.Build(("Etl:TimeZone", "Armenia/Gyumri"))));
        Assert.Equal("Etl:TimeZone", e.Setting);
    }

    [Fact]
    public void WithoutSettingsTheLoadRunsAtTwoAtNightInYerevan()
    {
        var schedule = EtlSchedule.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

        Assert.Equal("0 0 2 * * ?", schedule.Cron);
        // 2026-11-25 02:00 in Yerevan (UTC+4) is 2026-11-24 22:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero), schedule.NextAfter(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AnEmptyScheduleMeansNoNightlyLoad()
    {
        var schedule = EtlSchedule.From(TestSettings.Build(("Etl:Schedule", "")));
        Assert.False(schedule.Enabled);
        Assert.Null(schedule.NextAfter(DateTimeOffset.UtcNow));
    }
}
