using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Tests.Language;

/// <summary>Each reader's language, and dates, numbers, statuses and places as that language writes them.</summary>
public sealed class LanguageTests
{
    private static Country State(string iso3) => SeedCountries.All.Single(c => c.Iso3 == iso3);

    [Theory]
    [InlineData("fr-FR", Lang.French)]
    [InlineData("fr_CA", Lang.French)]
    [InlineData("es-419", Lang.Spanish)]
    [InlineData("ES", Lang.Spanish)]
    [InlineData("en-US", Lang.English)]
    public void A_client_locale_gives_the_reader_s_language(string locale, Lang language) =>
        Assert.Equal(language, Languages.FromLocale(locale));

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("ar")]
    [InlineData("")]
    [InlineData(null)]
    public void A_language_AttBot_does_not_write_gives_none_so_the_caller_falls_back_to_English(string? locale) =>
        Assert.Null(Languages.FromLocale(locale));

    [Theory]
    [InlineData("fr", Lang.French)]
    [InlineData("Français", Lang.French)]
    [InlineData("francais", Lang.French)]
    [InlineData("español", Lang.Spanish)]
    [InlineData("Spanish", Lang.Spanish)]
    [InlineData("anglais", Lang.English)]
    [InlineData("inglés", Lang.English)]
    public void A_person_chooses_a_language_by_its_tag_or_its_name_in_any_of_the_three(string typed, Lang language) =>
        Assert.Equal(language, Languages.FromChoice(typed));

    [Fact]
    public void Dates_read_as_each_language_writes_them()
    {
        var day = new DateOnly(2026, 3, 18);
        Assert.Equal("18 March 2026", Formats.Date(day, Lang.English));
        Assert.Equal("18 mars 2026", Formats.Date(day, Lang.French));
        Assert.Equal("18 de marzo de 2026", Formats.Date(day, Lang.Spanish));
        Assert.Equal("1er août 2026", Formats.Date(new DateOnly(2026, 8, 1), Lang.French));
        Assert.Equal("1 de agosto de 2026", Formats.Date(new DateOnly(2026, 8, 1), Lang.Spanish));
    }

    [Fact]
    public void Percentages_and_numbers_follow_each_language()
    {
        Assert.Equal("45.7%", Formats.Percent(45.7m, Lang.English));
        Assert.Equal("45,7\u00A0%", Formats.Percent(45.7m, Lang.French));
        Assert.Equal("47\u00A0%", Formats.Percent(47m, Lang.Spanish));
        Assert.Equal("1,000,000", Formats.Number(1_000_000, Lang.English));
        Assert.Equal("1\u00A0000\u00A0000", Formats.Number(1_000_000, Lang.French));
        Assert.Equal("1000", Formats.Number(1_000, Lang.Spanish));
        Assert.Equal("20.000", Formats.Number(20_000, Lang.Spanish));
    }

    [Fact]
    public void Statuses_and_instruments_use_the_treaty_s_own_words()
    {
        Assert.Equal("État partie", TreatyTerms.Status(TreatyStatus.Party, Lang.French));
        Assert.Equal("Estado parte", TreatyTerms.Status(TreatyStatus.Party, Lang.Spanish));
        Assert.StartsWith("Signataire", TreatyTerms.Status(TreatyStatus.Signatory, Lang.French));
        Assert.StartsWith("Signatario", TreatyTerms.Status(TreatyStatus.Signatory, Lang.Spanish));
        Assert.Equal("Neither signatory nor party", TreatyTerms.Status(TreatyStatus.None, Lang.English));
        Assert.Equal(["Ratification", "Acceptation", "Approbation", "Adhésion"], Enum.GetValues<ConsentKind>().Select(k => TreatyTerms.Instrument(k, Lang.French)));
        Assert.Equal(["Ratificación", "Aceptación", "Aprobación", "Adhesión"], Enum.GetValues<ConsentKind>().Select(k => TreatyTerms.Instrument(k, Lang.Spanish)));
    }

    [Fact]
    public void States_carry_their_UN_names_in_French_and_Spanish()
    {
        Assert.Equal("Mexique", PlaceNames.State(State("MEX"), Lang.French));
        Assert.Equal("México", PlaceNames.State(State("MEX"), Lang.Spanish));
        Assert.Equal("Bolivie (État plurinational de)", PlaceNames.State(State("BOL"), Lang.French));
        Assert.Equal("Viet Nam", PlaceNames.State(State("VNM"), Lang.English));
        Assert.All(SeedCountries.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(PlaceNames.State(c, Lang.French)));
            Assert.False(string.IsNullOrWhiteSpace(PlaceNames.State(c, Lang.Spanish)));
        });
    }

    [Fact]
    public void Every_region_and_group_of_the_table_has_a_French_and_a_Spanish_name()
    {
        var names = SeedCountries.All.SelectMany(c => new[] { c.Region, c.SubRegion, c.IntermediateRegion, c.RegionalGroup }).OfType<string>().Distinct();
        // A name the same in English and the other language is listed here, so a forgotten one cannot hide.
        string[] sameInFrench = ["Europe"], sameInSpanish = ["Asia", "Melanesia", "Micronesia"];
        Assert.All(names, name =>
        {
            Assert.Equal(sameInFrench.Contains(name), PlaceNames.Region(name, Lang.French) == name);
            Assert.Equal(sameInSpanish.Contains(name), PlaceNames.Region(name, Lang.Spanish) == name);
        });
        Assert.Equal("Asie du Sud-Est", PlaceNames.Region("South-eastern Asia", Lang.French));
        Assert.Equal("Estados de América Latina y el Caribe", PlaceNames.Region("Latin American and Caribbean States", Lang.Spanish));
    }

    [Theory]
    [InlineData("Océanie", "Oceania")]
    [InlineData("oceania", "Oceania")]
    [InlineData("Asie du Sud-Est", "South-eastern Asia")]
    [InlineData("Caraïbes", "Caribbean")]
    [InlineData("África subsahariana", "Sub-Saharan Africa")]
    [InlineData("Estados de África", "African States")]
    public void Regions_named_in_French_or_Spanish_are_found(string typed, string region) =>
        Assert.Equal(region, new RegionDirectory(SeedCountries.All).Find(typed)?.Name);
}
