using Crm.Ingest.Dedup;

namespace Crm.Ingest.Tests.Dedup;

public sealed class PhoneKeyTests
{
    [Theory]
    [InlineData("+374 91 234567")]
    [InlineData("091-23-45-67")]
    [InlineData("0 91 23 45 67")]
    [InlineData("(091) 234-567")]
    [InlineData("+37491234567")]
    [InlineData("0037491234567")]
    [InlineData("00 374 91 23 45 67")]
    [InlineData("374 91 234567")]
    [InlineData("+374 (091) 234567")]
    [InlineData("91 23 45 67")]
    [InlineData("  091.23.45.67 ")]
    public void EveryArmenianStyleOfOneMobileGivesOneKey(string text) => Assert.Equal("+37491234567", PhoneKey.From(text));

    [Theory]
    [InlineData("010 54 32 10", "+37410543210")]
    [InlineData("+374 10 543210", "+37410543210")]
    [InlineData("(010) 54-32-10", "+37410543210")]
    [InlineData("0312 2 34 56", "+37431223456")]
    public void ArmenianLandlinesKeepTheirAreaCode(string text, string key) => Assert.Equal(key, PhoneKey.From(text));

    [Theory]
    [InlineData("+7 (495) 123-45-67", "+74951234567")]
    [InlineData("007 495 123 45 67", "+74951234567")]
    [InlineData("+1 212 555 0100", "+12125550100")]
    [InlineData("+995 32 2 123456", "+995322123456")]
    public void OtherCountriesKeepPlusAndDigits(string text, string key) => Assert.Equal(key, PhoneKey.From(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("n/a")]
    [InlineData("12345")]
    [InlineData("call after 6")]
    [InlineData("091 234 56")]
    [InlineData("+0 000")]
    [InlineData("1234567890123")]
    public void JunkIsNoPhone(string? text) => Assert.Null(PhoneKey.From(text));

    [Fact]
    public void TheGeneratorsStylesAllAgree()
    {
        var phone = new Crm.Ingest.Demo.ArmenianPhone("77", "012345");
        var keys = Enum.GetValues<Crm.Ingest.Demo.PhoneStyle>().Select(s => PhoneKey.From(phone.Format(s))).Distinct().ToList();
        Assert.Equal(["+37477012345"], keys);
    }
}
