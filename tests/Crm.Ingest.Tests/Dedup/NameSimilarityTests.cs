using Crm.Ingest.Dedup;

namespace Crm.Ingest.Tests.Dedup;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("aram petrosian", "aram petrosan")]
    [InlineData("aram petrosian", "aram petorsian")]
    [InlineData("aram petrosian", "aram petrossian")]
    [InlineData("ani petrosian", "ai petrosian")]
    [InlineData("aram petrosian", "petrosian aram")]
    [InlineData("ruzanna sogomonian", "ruzana sogomonian")]
    [InlineData("masis shin", "mass shin")]
    public void OneSlipOrSwappedOrderIsASureMatch(string a, string b)
    {
        Assert.True(NameSimilarity.Score(a, b) >= MatchRules.SureName, $"{NameSimilarity.Score(a, b)}");
        Assert.True(NameSimilarity.WeakestWord(a, b) >= MatchRules.SureWord, $"{NameSimilarity.WeakestWord(a, b)}");
    }

    [Theory]
    [InlineData("armen petrosian", "arsen petrosian")]
    [InlineData("aram petrosian", "armen petrosian")]
    [InlineData("ani petrosian", "anait petrosian")]
    [InlineData("ararat treid", "ararat grup")]
    [InlineData("liana xacatrian", "liana xacikian")]
    public void DifferentPeopleOrFirmsAreNotASureMatch(string a, string b) =>
        Assert.True(NameSimilarity.WeakestWord(a, b) < MatchRules.SureWord, $"{NameSimilarity.WeakestWord(a, b)}");

    [Theory]
    [InlineData("petrosian", "petrosan", true)]
    [InlineData("petrosian", "peterosian", true)]
    [InlineData("petrosian", "petorsian", true)]
    [InlineData("armen", "arsen", false)]
    [InlineData("aram", "armen", false)]
    [InlineData("abc", "abc", false)]
    public void OneSlipIsADroppedAddedOrSwappedLetter(string a, string b, bool slip) =>
        Assert.Equal(slip, NameSimilarity.OneSlipApart(a, b));

    [Fact]
    public void NoNameIsNotSimilarToAnything() => Assert.Equal(0, NameSimilarity.Score(null, "aram"));
}
