using Crm.Ingest.Dedup;

namespace Crm.Ingest.Tests.Dedup;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Պետրոսյան")]
    [InlineData("Petrosyan")]
    [InlineData("Petrosian")]
    [InlineData("Петросян")]
    [InlineData("PETROSYAN")]
    [InlineData("  petrosyan ")]
    public void OneSurnameInEveryScriptAndSpellingGivesOneKey(string text) =>
        Assert.Equal("petrosian", NameKey.Person(null, null, text));

    [Theory]
    [InlineData("Հովհաննիսյան", "Hovhannisyan", "Говганнисян")]
    [InlineData("Ղազարյան", "Ghazaryan", "Газарян")]
    [InlineData("Խաչատրյան", "Khachatryan", "Хачатрян")]
    [InlineData("Ծատուրյան", "Tsaturyan", "Цатурян")]
    [InlineData("Եղիազարյան", "Yeghiazaryan", "Егиазарян")]
    [InlineData("Ոսկանյան", "Voskanyan", "Восканян")]
    [InlineData("Հարությունյան", "Harutyunyan", "Гарутюнян")]
    [InlineData("Ջերմուկ", "Jermuk", "Джермук")]
    [InlineData("Ծաղկաձոր", "Tsaghkadzor", "Цагкадзор")]
    [InlineData("Ժիրայր", "Zhirayr", "Жирайр")]
    [InlineData("Էրեբունի", "Erebuni", "Эребуни")]
    [InlineData("Երևան", "Yerevan", "Ереван")]
    public void ArmenianLatinAndCyrillicSpellingsFoldTogether(string armenian, string latin, string cyrillic)
    {
        var key = NameKey.Person(null, null, armenian);
        Assert.Equal(key, NameKey.Person(null, null, latin));
        Assert.Equal(key, NameKey.Person(null, null, cyrillic));
    }

    [Fact]
    public void EveryGeneratorSpellingOfEveryNameFoldsToOneKey()
    {
        var words = new[] { "Աբրահամյան", "Ալեքսանյան", "Հռիփսիմե", "Սյուզաննա", "Արտյոմ", "Մելանյա", "Քնարիկ", "Ֆարմանյան",
            "Պլյուս", "Ֆուդ", "Սոֆթ", "Լուսաբաց", "Զվարթնոց", "Նռնենի", "Կապույտ", "Արշալույս", "Եվա", "Ոսկե", "Հայք" };
        foreach (var w in words)
        {
            var key = NameKey.Person(null, null, w);
            Assert.Equal(key, NameKey.Person(null, null, Crm.Ingest.Demo.Transliteration.ToLatin(w)));
            Assert.Equal(key, NameKey.Person(null, null, Crm.Ingest.Demo.Transliteration.ToCyrillic(w)));
        }
    }

    [Fact]
    public void FirstAndLastNamesAreUsedWhenBothAreKnown() =>
        Assert.Equal("aram petrosian", NameKey.Person("Արամ", "Պետրոսյան", "whatever was typed"));

    [Fact]
    public void SpacesAndCaseAreCollapsed() => Assert.Equal("aram petrosian", NameKey.Person(null, null, "  ARAM   Petrosyan "));

    [Fact]
    public void DoubledLettersStayInTheKey() => Assert.Equal("ruzanna", NameKey.Person(null, null, "Ռուզաննա"));

    [Fact]
    public void AMistypedUIsReadAsU() =>
        Assert.Equal(NameKey.Person(null, null, "Մանուկյան"), NameKey.Person(null, null, "Մանօւկյան"));

    [Theory]
    [InlineData("ՍՊԸ «Արարատ»")]
    [InlineData("«Արարատ» ՍՊԸ")]
    [InlineData("Ararat LLC")]
    [InlineData("ARARAT L.L.C.")]
    [InlineData("Ararat Ltd.")]
    [InlineData("ООО \"Арарат\"")]
    [InlineData("ООО «Арарат»")]
    [InlineData("Общество с ограниченной ответственностью «Арарат»")]
    [InlineData("llc ararat")]
    public void CompanyNamesLoseTheirLegalFormWhicheverScriptItIsIn(string name)
    {
        var key = NameKey.Company(name);
        Assert.Equal("ararat", key.NameKey);
        Assert.Equal("LLC", key.LegalForm);
    }

    [Theory]
    [InlineData("«Մասիս Շին» ՓԲԸ", "CJSC")]
    [InlineData("Masis Shin CJSC", "CJSC")]
    [InlineData("ЗАО «Масис Шин»", "CJSC")]
    [InlineData("«Մասիս Շին» ԲԲԸ", "OJSC")]
    [InlineData("Masis Shin OJSC", "OJSC")]
    [InlineData("ОАО «Масис Шин»", "OJSC")]
    [InlineData("ПАО Масис Шин", "OJSC")]
    [InlineData("Մասիս Շին ԱՁ", "IE")]
    [InlineData("ИП Масис Шин", "IE")]
    [InlineData("Masis Shin IE", "IE")]
    public void EachLegalFormHasOneCanonicalName(string name, string form)
    {
        var key = NameKey.Company(name);
        Assert.Equal("masis shin", key.NameKey);
        Assert.Equal(form, key.LegalForm);
    }

    [Fact]
    public void TheLegalFormFieldWinsOverTheName() => Assert.Equal("CJSC", NameKey.Company("Ararat LLC", "ЗАО").LegalForm);

    [Fact]
    public void ACompanyWithoutALegalFormHasNone()
    {
        var key = NameKey.Company("Ararat Treyd");
        Assert.Equal("ararat treid", key.NameKey);
        Assert.Null(key.LegalForm);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" «» ")]
    public void NoNameGivesNoKey(string? name)
    {
        Assert.Null(NameKey.Person(null, null, name));
        Assert.Null(NameKey.Company(name).NameKey);
    }
}
