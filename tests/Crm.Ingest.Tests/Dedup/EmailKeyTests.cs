using Crm.Ingest.Dedup;

namespace Crm.Ingest.Tests.Dedup;

public sealed class EmailKeyTests
{
    [Theory]
    [InlineData("Aram.Petrosyan@Gmail.com")]
    [InlineData("  ARAM.PETROSYAN@GMAIL.COM ")]
    [InlineData("mailto:aram.petrosyan@gmail.com")]
    [InlineData("aram.petrosyan@gmail.com")]
    public void CaseAndSpacesDoNotMatter(string text) => Assert.Equal("aram.petrosyan@gmail.com", EmailKey.From(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("aram")]
    [InlineData("@gmail.com")]
    [InlineData("aram@")]
    [InlineData("aram@localhost")]
    [InlineData("aram@@gmail.com")]
    [InlineData("aram petrosyan@gmail.com")]
    [InlineData("aram@gmail..com")]
    [InlineData("a@b.am; c@d.am")]
    public void TextThatIsNoAddressGivesNoKey(string? text) => Assert.Null(EmailKey.From(text));
}
