using AttBot.Domain.Countries;

namespace AttBot.Domain.Tests.Countries;

/// <summary>Hard inputs, as people type them, against the real 196 states.</summary>
public class CountryResolverTests
{
    private static CountryResolution Resolve(string input) => SeedCountries.Resolver.Resolve(input);

    private static void AssertFound(string input, string iso3)
    {
        CountryResolution result = Resolve(input);
        var found = Assert.IsType<CountryResolution.Found>(result);
        Assert.Equal(iso3, found.Country.Iso3);
    }

    [Theory]
    [InlineData("VNM", "VNM")]
    [InlineData("vnm", "VNM")]
    [InlineData("vn", "VNM")]
    [InlineData("US", "USA")]
    [InlineData("us", "USA")]
    [InlineData("USA", "USA")]
    [InlineData("UK", "GBR")]
    [InlineData("uk", "GBR")]
    [InlineData("GB", "GBR")]
    [InlineData("IN", "IND")]
    [InlineData("IT", "ITA")]
    [InlineData("NO", "NOR")]
    [InlineData("CAN", "CAN")]
    [InlineData("AND", "AND")]
    [InlineData("fr", "FRA")]
    [InlineData("deu", "DEU")]
    [InlineData("ch", "CHE")]
    [InlineData("kor", "KOR")]
    [InlineData("\"MY\"", "MYS")]
    [InlineData(" prk? ", "PRK")]
    public void ISO_codes_resolve_in_any_case(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("Bolivia (Plurinational State of)", "BOL")]
    [InlineData("Bahamas (The)", "BHS")]
    [InlineData("St. Kitts and Nevis", "KNA")]
    [InlineData("Netherlands (Kingdom of the)", "NLD")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Czechia", "CZE")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GBR")]
    [InlineData("Lao People's Democratic Republic", "LAO")]
    [InlineData("Democratic People's Republic of Korea", "PRK")]
    [InlineData("Micronesia (Federated States of)", "FSM")]
    [InlineData("State of Palestine", "PSE")]
    [InlineData("Holy See", "VAT")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Eswatini", "SWZ")]
    [InlineData("Cabo Verde", "CPV")]
    [InlineData("Republic of Moldova", "MDA")]
    [InlineData("United Republic of Tanzania", "TZA")]
    public void UN_and_UNTC_names_resolve(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Burma", "MMR")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Cape Verde", "CPV")]
    [InlineData("East Timor", "TLS")]
    [InlineData("Macedonia", "MKD")]
    [InlineData("North Macedonia", "MKD")]
    [InlineData("FYROM", "MKD")]
    [InlineData("The former Yugoslav Republic of Macedonia", "MKD")]
    [InlineData("DPRK", "PRK")]
    [InlineData("North Korea", "PRK")]
    [InlineData("South Korea", "KOR")]
    [InlineData("ROK", "KOR")]
    [InlineData("Lao PDR", "LAO")]
    [InlineData("Laos", "LAO")]
    [InlineData("Vatican", "VAT")]
    [InlineData("Palestine", "PSE")]
    [InlineData("Great Britain", "GBR")]
    [InlineData("Britain", "GBR")]
    [InlineData("America", "USA")]
    [InlineData("United States", "USA")]
    [InlineData("U.S.A.", "USA")]
    [InlineData("Russia", "RUS")]
    [InlineData("Iran", "IRN")]
    [InlineData("Syria", "SYR")]
    [InlineData("Bolivia", "BOL")]
    [InlineData("Venezuela", "VEN")]
    [InlineData("Tanzania", "TZA")]
    [InlineData("Moldova", "MDA")]
    [InlineData("Micronesia", "FSM")]
    [InlineData("Brunei", "BRN")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("Viet Nam", "VNM")]
    [InlineData("Zaire", "COD")]
    [InlineData("DRC", "COD")]
    [InlineData("Congo-Brazzaville", "COG")]
    [InlineData("Holland", "NLD")]
    [InlineData("Netherlands", "NLD")]
    [InlineData("Kyrgyzstan", "KGZ")]
    [InlineData("Burkina", "BFA")]
    [InlineData("Korea, Republic of", "KOR")]
    [InlineData("Iran, Islamic Republic of", "IRN")]
    [InlineData("Congo, Democratic Republic of the", "COD")]
    [InlineData("Korea (Democratic People's Republic of)", "PRK")]
    [InlineData("Plurinational State of Bolivia", "BOL")]
    [InlineData("Federated States of Micronesia", "FSM")]
    [InlineData("Kingdom of the Netherlands", "NLD")]
    [InlineData("CAR", "CAF")]
    public void Common_and_former_names_resolve(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("越南", "VNM")]
    [InlineData("马来西亚", "MYS")]
    [InlineData("Viêt Nam", "VNM")]
    [InlineData("Malaisie", "MYS")]
    [InlineData("Malasia", "MYS")]
    [InlineData("Малайзия", "MYS")]
    [InlineData("ماليزيا", "MYS")]
    [InlineData("فييت نام", "VNM")]
    [InlineData("Вьетнам", "VNM")]
    [InlineData("Allemagne", "DEU")]
    [InlineData("Alemania", "DEU")]
    [InlineData("Германия", "DEU")]
    [InlineData("ألمانيا", "DEU")]
    [InlineData("德国", "DEU")]
    [InlineData("Royaume-Uni", "GBR")]
    [InlineData("Estados Unidos", "USA")]
    [InlineData("США", "USA")]
    [InlineData("美国", "USA")]
    [InlineData("Российская Федерация", "RUS")]
    [InlineData("Fédération de Russie", "RUS")]
    [InlineData("الاتحاد الروسي", "RUS")]
    [InlineData("俄罗斯", "RUS")]
    [InlineData("Nueva Zelandia", "NZL")]
    [InlineData("Afrique du Sud", "ZAF")]
    [InlineData("جنوب أفريقيا", "ZAF")]
    [InlineData("Corée du Sud", "KOR")]
    [InlineData("Corea del Norte", "PRK")]
    [InlineData("朝鲜", "PRK")]
    [InlineData("韩国", "KOR")]
    [InlineData("Турция", "TUR")]
    [InlineData("تركيا", "TUR")]
    [InlineData("Santa Sede", "VAT")]
    [InlineData("Святой Престол", "VAT")]
    [InlineData("الكرسي الرسولي", "VAT")]
    [InlineData("教廷", "VAT")]
    [InlineData("Costa de Marfil", "CIV")]
    [InlineData("Estado Plurinacional de Bolivia", "BOL")]
    [InlineData("République islamique d’Iran", "IRN")]
    [InlineData("دولة بوليفيا المتعددة القوميات", "BOL")]
    [InlineData("Китай", "CHN")]
    [InlineData("中国", "CHN")]
    public void Names_in_the_six_UN_languages_resolve(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("cote d ivoire", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("turkiye", "TUR")]
    [InlineData("the Bahamas", "BHS")]
    [InlineData("St Lucia", "LCA")]
    [InlineData("Saint-Lucia", "LCA")]
    [InlineData("St. Kitts & Nevis", "KNA")]
    [InlineData("saint vincent & the grenadines", "VCT")]
    [InlineData("  Chile?  ", "CHL")]
    [InlineData("“Norway”", "NOR")]
    [InlineData("'Peru'", "PER")]
    [InlineData("Sao Tome and Principe", "STP")]
    [InlineData("Timor Leste", "TLS")]
    [InlineData("Guinea Bissau", "GNB")]
    [InlineData("BOSNIA  AND  HERZEGOVINA", "BIH")]
    [InlineData("peoples republic of china", "CHN")]
    [InlineData("Ｊａｐａｎ", "JPN")]
    [InlineData("РОССИЯ", "RUS")]
    [InlineData("الأردن", "JOR")]
    [InlineData("الاردن", "JOR")]
    [InlineData("عُمان", "OMN")]
    public void Case_accents_punctuation_and_articles_do_not_matter(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("St Vincent", "VCT")]
    [InlineData("Herzegovina", "BIH")]
    [InlineData("Bosnia Herzegovina", "BIH")]
    [InlineData("Tobago", "TTO")]
    [InlineData("Bosnia Herzegovnia", "BIH")]
    [InlineData("Saint Kits and Nevis", "KNA")]
    [InlineData("Papua", "PNG")]
    [InlineData("Brazzaville", "COG")]
    [InlineData("Korea South", "KOR")]
    [InlineData("Burk", "BFA")]
    [InlineData("Kazak", "KAZ")]
    [InlineData("马来", "MYS")]
    public void A_word_or_the_start_of_one_name_resolves(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("Malaysai", "MYS")]
    [InlineData("Viet nam", "VNM")]
    [InlineData("Phillipines", "PHL")]
    [InlineData("Columbia", "COL")]
    [InlineData("Kazakstan", "KAZ")]
    [InlineData("Azerbajan", "AZE")]
    [InlineData("Luxemburg", "LUX")]
    [InlineData("Argentinia", "ARG")]
    [InlineData("Tailand", "THA")]
    [InlineData("Kirgizstan", "KGZ")]
    [InlineData("Venezuala", "VEN")]
    [InlineData("Afganistan", "AFG")]
    [InlineData("Mozambiqe", "MOZ")]
    [InlineData("Lichtenstein", "LIE")]
    [InlineData("Srilanka", "LKA")]
    [InlineData("Newzealand", "NZL")]
    [InlineData("Bangaldesh", "BGD")]
    [InlineData("Camaroon", "CMR")]
    [InlineData("Isreal", "ISR")]
    [InlineData("Uzbekstan", "UZB")]
    [InlineData("Guinea Bisau", "GNB")]
    [InlineData("Sao Tome e Principe", "STP")]
    [InlineData("cote divoire", "CIV")]
    [InlineData("Germnay", "DEU")]
    public void A_typing_slip_close_to_one_name_resolves(string input, string iso3) => AssertFound(input, iso3);

    [Fact]
    public void Niger_is_not_resolved_as_Nigeria() => AssertFound("Niger", "NER");

    [Fact]
    public void Nigeria_is_not_resolved_as_Niger() => AssertFound("Nigeria", "NGA");

    [Fact]
    public void Guinea_is_Guinea_not_the_other_Guineas() => AssertFound("Guinea", "GIN");

    [Fact]
    public void Dominica_is_not_the_Dominican_Republic() => AssertFound("Dominica", "DMA");

    [Fact]
    public void Dominican_is_the_Dominican_Republic() => AssertFound("Dominican", "DOM");

    [Fact]
    public void Sudan_is_not_South_Sudan() => AssertFound("Sudan", "SDN");

    [Fact]
    public void Samoa_is_Samoa() => AssertFound("Samoa", "WSM");

    [Fact]
    public void Mali_is_not_Malawi() => AssertFound("Mali", "MLI");

    [Fact]
    public void Oman_is_not_Romania() => AssertFound("Oman", "OMN");

    [Fact]
    public void Iran_is_not_Iraq() => AssertFound("Iran", "IRN");

    [Fact]
    public void Iraq_is_not_Iran() => AssertFound("Iraq", "IRQ");

    [Fact]
    public void Ireland_is_not_Northern_Ireland() => AssertFound("Ireland", "IRL");

    [Fact]
    public void Austria_is_not_Australia() => AssertFound("Austria", "AUT");

    [Theory]
    [InlineData("Korea", "KOR", "PRK")]
    [InlineData("korea?", "KOR", "PRK")]
    [InlineData("Corée", "KOR", "PRK")]
    [InlineData("Корея", "KOR", "PRK")]
    [InlineData("Congo", "COG", "COD")]
    [InlineData("Конго", "COG", "COD")]
    [InlineData("刚果", "COG", "COD")]
    [InlineData("الكونغو", "COG", "COD")]
    [InlineData("Kongo", "COG", "COD")]
    public void Korea_and_Congo_are_ambiguous_with_both_states(string input, string first, string second)
    {
        var ambiguous = Assert.IsType<CountryResolution.Ambiguous>(Resolve(input));
        Assert.Equal([first, second], ambiguous.Candidates.Select(c => c.Iso3));
        Assert.Equal(input.TrimEnd('?'), ambiguous.Input);
    }

    [Theory]
    [InlineData("Saint", "KNA", "LCA", "VCT")]
    [InlineData("South", "ZAF", "SSD", "KOR")]
    [InlineData("United", "ARE", "GBR", "USA")]
    [InlineData("Austr", "AUS", "AUT")]
    public void A_word_shared_by_a_few_states_lists_them_all(string input, params string[] expected)
    {
        var ambiguous = Assert.IsType<CountryResolution.Ambiguous>(Resolve(input));
        Assert.Superset(expected.ToHashSet(), ambiguous.Candidates.Select(c => c.Iso3).ToHashSet());
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Wakanda")]
    [InlineData("Virgin")]
    [InlineData("Republic")]
    [InlineData("xyz")]
    [InlineData("")]
    [InlineData("  ?? ")]
    [InlineData("the")]
    public void What_is_not_a_state_is_unknown_with_at_most_three_suggestions(string input)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.InRange(unknown.Suggestions.Count, 0, 3);
    }

    [Fact]
    public void French_is_unknown_but_suggests_France()
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve("French"));
        Assert.Equal(["FRA"], unknown.Suggestions.Select(c => c.Iso3));
    }

    [Theory]
    [InlineData("Wakanda")]
    [InlineData("Nederland")]
    [InlineData("Vietnamese")]
    [InlineData("Bosnia Herzegowna")]
    public void A_name_that_is_no_state_but_looks_like_some_suggests_them(string input)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.InRange(unknown.Suggestions.Count, 1, 3);
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("qqqqqqqq")]
    [InlineData("12345")]
    public void Garbage_gets_no_suggestions(string input)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.Empty(unknown.Suggestions);
    }

    [Theory]
    [InlineData("it", "ITA")]
    [InlineData("in", "IND")]
    [InlineData("It", "ITA")]
    [InlineData("no", "NOR")]
    [InlineData("can", "CAN")]
    [InlineData("car", "CAF")]
    public void A_lower_case_code_that_is_an_everyday_word_only_suggests_the_state(string input, string iso3)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.Equal([iso3], unknown.Suggestions.Select(c => c.Iso3));
    }

    [Theory]
    [InlineData("Kingdom of Saudi Arabia", "SAU")]
    [InlineData("Sultanate of Oman", "OMN")]
    [InlineData("Federal Republic of Germany", "DEU")]
    [InlineData("Socialist Republic of Viet Nam", "VNM")]
    [InlineData("Hashemite Kingdom of Jordan", "JOR")]
    [InlineData("Republic of Turkey", "TUR")]
    public void A_formal_title_around_a_name_is_left_out(string input, string iso3) => AssertFound(input, iso3);

    [Theory]
    [InlineData("Republic of China")]
    [InlineData("the Republic of China")]
    [InlineData("Republic of China (Taiwan)")]
    [InlineData("China (Taiwan)")]
    [InlineData("China, Republic of")]
    public void The_Republic_of_China_is_not_resolved_as_China(string input)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.Empty(unknown.Suggestions);
    }

    [Theory]
    [InlineData("French Republic")]
    [InlineData("Greenland")]
    [InlineData("Cook Islands")]
    public void A_name_several_slips_from_a_state_is_not_taken_for_it(string input) =>
        Assert.IsType<CountryResolution.Unknown>(Resolve(input));

    [Theory]
    [InlineData("Cook Islands")]
    [InlineData("cook islands?")]
    [InlineData("Taiwan")]
    [InlineData("Kosovo")]
    [InlineData("Western Sahara")]
    [InlineData("Puerto Rico")]
    [InlineData("Hong Kong")]
    public void A_place_outside_the_depositary_table_is_said_to_be_no_participant_and_gets_no_look_alike(string input)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.True(unknown.NotAParticipant);
        Assert.Empty(unknown.Suggestions);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Narnia")]
    [InlineData("Europe")]
    [InlineData("asdfgh")]
    [InlineData("hello")]
    [InlineData("thanks")]
    public void Words_that_are_no_state_get_no_suggestion(string input)
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(input));
        Assert.False(unknown.NotAParticipant);
        Assert.Empty(unknown.Suggestions);
    }

    [Fact]
    public void A_state_of_the_table_is_never_taken_for_a_place_outside_it()
    {
        AssertFound("Niue", "NIU");
        AssertFound("Comoros", "COM");
        AssertFound("Marshall Islands", "MHL");
    }

    [Fact]
    public void A_very_long_text_is_unknown_without_costing_time()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(string.Concat(Enumerable.Repeat("Malaysia ", 2_000))));
        Assert.Empty(unknown.Suggestions);
        Assert.True(clock.ElapsedMilliseconds < 500, $"{clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Africa_alone_is_not_South_Africa()
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve("Africa"));
        Assert.Equal(["ZAF"], unknown.Suggestions.Select(c => c.Iso3));
    }

    [Fact]
    public void Unknown_reports_the_input_without_its_surrounding_punctuation()
    {
        var unknown = Assert.IsType<CountryResolution.Unknown>(Resolve(" \"Atlantis?\" "));
        Assert.Equal("Atlantis", unknown.Input);
    }

    [Fact]
    public void Resolve_is_safe_from_many_threads_at_once()
    {
        string[] inputs = ["Niger", "Korea", "Malaysai", "越南", "vn", "Atlantis", "St Vincent", "Burk"];
        CountryResolution[] expected = [.. inputs.Select(Resolve)];
        Parallel.For(0, 4_000, i =>
        {
            int n = i % inputs.Length;
            Assert.Equal(Describe(expected[n]), Describe(Resolve(inputs[n])));
        });
    }

    private static string Describe(CountryResolution result) => result switch
    {
        CountryResolution.Found f => f.Country.Iso3,
        CountryResolution.Ambiguous a => "?" + string.Join(",", a.Candidates.Select(c => c.Iso3)),
        CountryResolution.Unknown u => "!" + string.Join(",", u.Suggestions.Select(c => c.Iso3)),
        _ => throw new InvalidOperationException(),
    };
}
