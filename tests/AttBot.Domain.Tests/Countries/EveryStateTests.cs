using AttBot.Domain.Countries;

namespace AttBot.Domain.Tests.Countries;

/// <summary>Every state is found from each of its own names and codes, in every UN language.</summary>
public class EveryStateTests
{
    // The word "Congo" is the Republic of the Congo's UN name in most languages, and deliberately asked back.
    private static readonly HashSet<string> CongoItself = ["Congo", "Конго", "刚果", "الكونغو"];

    public static TheoryData<string> Iso3Codes() => [.. SeedCountries.All.Select(c => c.Iso3)];

    [Fact]
    public void The_seed_holds_196_states_and_each_has_names_in_the_five_other_languages()
    {
        Assert.Equal(196, SeedCountries.All.Count);
        var languages = SeedCountries.TranslatedNames()
            .Where(n => n.Name.Length > 0)
            .GroupBy(n => n.Iso3)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Language).Distinct().Order().ToArray());
        Assert.All(SeedCountries.All, country => Assert.Equal(["ar", "es", "fr", "ru", "zh"], languages[country.Iso3]));
    }

    [Theory]
    [MemberData(nameof(Iso3Codes))]
    public void A_state_resolves_to_itself_from_its_UN_and_UNTC_names_codes_and_translations(string iso3)
    {
        Country country = SeedCountries.All.Single(c => c.Iso3 == iso3);
        string[] spellings =
        [
            country.Name, country.UntcName, country.Iso3, country.Iso2,
            .. SeedCountries.TranslatedNames().Where(n => n.Iso3 == iso3).Select(n => n.Name),
        ];

        var wrong = new List<string>();
        foreach (string spelling in spellings.Distinct())
        {
            CountryResolution result = SeedCountries.Resolver.Resolve(spelling);
            bool right = CongoItself.Contains(spelling)
                ? result is CountryResolution.Ambiguous { Candidates: [{ Iso3: "COG" }, { Iso3: "COD" }] }
                : result is CountryResolution.Found found && found.Country.Iso3 == iso3;
            if (!right)
                wrong.Add($"{spelling} → {result}");
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Iso3Codes))]
    public void A_lower_case_code_resolves_to_its_state_or_only_suggests_it_when_it_is_an_everyday_word(string iso3)
    {
        Country country = SeedCountries.All.Single(c => c.Iso3 == iso3);
        foreach (string code in new[] { country.Iso2, country.Iso3 }.Select(c => c.ToLowerInvariant()))
        {
            CountryResolution result = SeedCountries.Resolver.Resolve(code);
            Assert.True(
                result is CountryResolution.Found { Country.Iso3: var found } && found == iso3
                || result is CountryResolution.Unknown { Suggestions: [{ Iso3: var suggested }] } && suggested == iso3,
                $"{code} → {result}");
        }
    }
}
