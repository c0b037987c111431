using AttBot.Domain.Outreach;
using AttBot.Domain.Tests.Countries;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Outreach;

public sealed class RegistrationParserTests
{
    private static RegistrationRequest Understood(string text)
    {
        var (request, problems) = RegistrationParser.Parse(text);
        Assert.True(problems.Count == 0, $"'{text}': {string.Join(" | ", problems)}");
        return request;
    }

    private static RegistrationProblem OnlyProblem(string text, out RegistrationRequest request)
    {
        var result = RegistrationParser.Parse(text);
        request = result.Request;
        return Assert.Single(result.Problems);
    }

    // The example of the issue.

    [Fact]
    public void The_issue_example_is_understood()
    {
        var request = Understood("bilateral Tonga 2027-03-10..2027-03-12 topic accession");

        Assert.Equal(OutreachKind.Bilateral, request.Kind);
        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Null(request.RegionName);
        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
        Assert.Null(request.Partners);
        Assert.False(request.Restricted);
        Assert.Null(request.Notes);
        Assert.Null(request.Organization);
    }

    [Fact]
    public void Every_clause_is_read()
    {
        var request = Understood(
            "workshop Tonga, Fiji and Samoa 2027-03-10..2027-03-12 topics accession and reporting with UNODA and the EU restricted as Ministry of Foreign Affairs of Ghana note Bring the model law; lunch with the minister.");

        Assert.Equal(OutreachKind.Workshop, request.Kind);
        Assert.Equal(["Tonga", "Fiji", "Samoa"], request.CountryNames);
        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Accession, OutreachTopic.Reporting], request.Topics);
        Assert.Equal("UNODA and the EU", request.Partners);
        Assert.True(request.Restricted);
        Assert.Equal("Ministry of Foreign Affairs of Ghana", request.Organization);
        Assert.Equal("Bring the model law; lunch with the minister.", request.Notes);
    }

    [Fact]
    public void Clauses_may_come_in_any_order_after_the_states()
    {
        var request = Understood("call Tonga as Control Arms restricted with UNIDIR topic implementation 2027-03-10");

        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal("Control Arms", request.Organization);
        Assert.True(request.Restricted);
        Assert.Equal("UNIDIR", request.Partners);
        Assert.Equal([OutreachTopic.Implementation], request.Topics);
        Assert.Equal(D("2027-03-10"), request.Start);
    }

    [Fact]
    public void Dates_may_come_before_the_states()
    {
        var request = Understood("visit 2027-03-10..2027-03-12 Tonga topic accession");

        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal(D("2027-03-10"), request.Start);
    }

    // Kinds.

    [Theory]
    [InlineData("bilateral", OutreachKind.Bilateral)]
    [InlineData("BILATERAL", OutreachKind.Bilateral)]
    [InlineData("Regional", OutreachKind.Regional)]
    [InlineData("multilateral", OutreachKind.Multilateral)]
    [InlineData("seminar", OutreachKind.Workshop)]
    [InlineData("mission", OutreachKind.Visit)]
    [InlineData("meeting", OutreachKind.Call)]
    [InlineData("other", OutreachKind.Other)]
    [InlineData("a bilateral", OutreachKind.Bilateral)]
    [InlineData("bilateral meeting", OutreachKind.Bilateral)]
    [InlineData("regional workshop", OutreachKind.Regional)]
    public void The_first_word_is_the_kind(string words, OutreachKind kind)
    {
        var request = Understood($"{words} Tonga 2027-03-10");

        Assert.Equal(kind, request.Kind);
        Assert.Equal(["Tonga"], request.CountryNames);
    }

    [Fact]
    public void With_right_after_the_kind_is_english_not_the_partners()
    {
        var request = Understood("bilateral meeting with Tonga 2027-03-10 with the EU");

        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal("the EU", request.Partners);
    }

    [Theory]
    [InlineData("bilaterl")]
    [InlineData("Bilaterall")]
    [InlineData("worksop")]
    [InlineData("multi")]
    [InlineData("vist")]
    public void A_misspelled_kind_is_named_with_the_kinds_to_choose_from(string word)
    {
        var problem = OnlyProblem($"{word} Tonga 2027-03-10", out var request);

        Assert.Equal(RegistrationFields.Kind, problem.Field);
        Assert.Equal($"I don't know the kind '{word}'. Use one of: bilateral, regional, multilateral, workshop, visit, call, other.", problem.Message);
        Assert.Null(request.Kind);
        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal(D("2027-03-10"), request.Start);
    }

    [Fact]
    public void A_missing_kind_leaves_the_states_whole()
    {
        var problem = OnlyProblem("Papua New Guinea 2027-03-10", out var request);

        Assert.Equal(RegistrationFields.Kind, problem.Field);
        Assert.Contains("bilateral, regional, multilateral, workshop, visit, call, other", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Papua New Guinea"], request.CountryNames);
    }

    [Fact]
    public void No_state_is_taken_for_a_misspelled_kind()
    {
        var names = SeedCountries.All.SelectMany(c => new[] { c.Name, c.UntcName, c.Iso3, c.Iso2 })
            .Concat(SeedCountries.TranslatedNames().Select(n => n.Name));
        foreach (string name in names)
        {
            var (request, problems) = RegistrationParser.Parse($"{name} 2027-03-10");
            Assert.True(request.CountryNames.SequenceEqual([name]), $"'{name}' was taken for a kind: {string.Join(" | ", problems)}");
        }
    }

    // States.

    [Theory]
    [InlineData("Tonga, Fiji and Samoa", new[] { "Tonga", "Fiji", "Samoa" })]
    [InlineData("Tonga, Fiji, and Samoa", new[] { "Tonga", "Fiji", "Samoa" })]
    [InlineData("Tonga and Fiji", new[] { "Tonga", "Fiji" })]
    [InlineData("Tonga & Fiji", new[] { "Tonga", "Fiji" })]
    [InlineData("Tonga,Fiji;Samoa", new[] { "Tonga", "Fiji", "Samoa" })]
    [InlineData("Tonga AND Fiji", new[] { "Tonga", "Fiji" })]
    [InlineData("Papua New Guinea, Solomon Islands", new[] { "Papua New Guinea", "Solomon Islands" })]
    [InlineData("Trinidad and Tobago", new[] { "Trinidad and Tobago" })]
    [InlineData("Trinidad and Tobago and Jamaica", new[] { "Trinidad and Tobago", "Jamaica" })]
    [InlineData("Jamaica and Trinidad and Tobago", new[] { "Jamaica", "Trinidad and Tobago" })]
    [InlineData("Jamaica, Trinidad and Tobago", new[] { "Jamaica", "Trinidad and Tobago" })]
    [InlineData("Trinidad and Tobago, Antigua and Barbuda and Grenada", new[] { "Trinidad and Tobago", "Antigua and Barbuda", "Grenada" })]
    [InlineData("St Kitts & Nevis and Saint Lucia", new[] { "St Kitts & Nevis", "Saint Lucia" })]
    [InlineData("Saint Vincent and the Grenadines and Dominica", new[] { "Saint Vincent and the Grenadines", "Dominica" })]
    [InlineData("Sao Tome and Principe and Gabon", new[] { "Sao Tome and Principe", "Gabon" })]
    [InlineData("Bosnia and Herzegovina", new[] { "Bosnia and Herzegovina" })]
    [InlineData("Saint Kitts and Nevis", new[] { "Saint Kitts and Nevis" })]
    [InlineData("Korea, Republic of, and Japan", new[] { "Korea, Republic of", "Japan" })]
    [InlineData("\"Tonga and Fiji Islands\", Samoa", new[] { "Tonga and Fiji Islands", "Samoa" })]
    [InlineData("Tonga, tonga, TONGA", new[] { "Tonga" })]
    [InlineData("Côte d'Ivoire and Guinea-Bissau", new[] { "Côte d'Ivoire", "Guinea-Bissau" })]
    [InlineData("越南、老挝", new[] { "越南", "老挝" })]
    [InlineData("越南，老挝", new[] { "越南", "老挝" })]
    [InlineData("安提瓜和巴布达", new[] { "安提瓜和巴布达" })]
    [InlineData("Тринидад и Тобаго", new[] { "Тринидад и Тобаго" })]
    [InlineData("VNM, LAO", new[] { "VNM", "LAO" })]
    [InlineData("AND", new[] { "AND" })]
    [InlineData("MAR", new[] { "MAR" })]
    [InlineData("TUN, MAR", new[] { "TUN", "MAR" })]
    [InlineData("FRA, AND, ESP", new[] { "FRA", "AND", "ESP" })]
    public void States_are_split_at_commas_and_at_and_but_not_inside_a_name(string states, string[] names)
    {
        Assert.Equal(names, Understood($"bilateral {states} 2027-03-10").CountryNames);
    }

    [Fact]
    public void Every_state_name_holding_and_stays_whole_wherever_it_stands_in_a_list()
    {
        var names = SeedCountries.All
            .SelectMany(c => new[] { c.Name, c.UntcName })
            .Where(n => n.Contains(" and ", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains("Trinidad and Tobago", names);
        Assert.Contains("St. Kitts and Nevis", names);

        foreach (string name in names)
        {
            Assert.Equal([name], Understood($"bilateral {name} 2027-03-10").CountryNames);
            Assert.Equal(["Tonga", name], Understood($"bilateral Tonga and {name} 2027-03-10").CountryNames);
            Assert.Equal([name, "Tonga"], Understood($"bilateral {name} and Tonga 2027-03-10").CountryNames);
            Assert.Equal(["Fiji", name, "Tonga"], Understood($"bilateral Fiji, {name} and Tonga 2027-03-10").CountryNames);
            Assert.Equal(["Fiji", "Tonga", name], Understood($"bilateral Fiji, Tonga and {name} 2027-03-10").CountryNames);
        }
    }

    [Fact]
    public void Every_state_name_survives_whole_in_every_language()
    {
        var names = SeedCountries.All.SelectMany(c => new[] { c.Name, c.UntcName })
            .Concat(SeedCountries.TranslatedNames().Select(n => n.Name))
            .Distinct();

        foreach (string name in names)
            Assert.Equal([name], Understood($"bilateral {name} 2027-03-10").CountryNames);
    }

    [Fact]
    public void Chinese_names_survive()
    {
        var request = Understood("bilateral 越南 2027-03-10 topic accession");

        Assert.Equal(["越南"], request.CountryNames);
    }

    [Fact]
    public void A_region_is_named_after_the_word_region()
    {
        var request = Understood("regional region South-eastern Asia 2027-03-10..2027-03-12 topic accession");

        Assert.Equal(OutreachKind.Regional, request.Kind);
        Assert.Equal("South-eastern Asia", request.RegionName);
        Assert.Empty(request.CountryNames);
    }

    [Fact]
    public void A_region_holding_and_is_one_region()
    {
        var request = Understood("workshop REGION Latin America and the Caribbean 2027-03-10");

        Assert.Equal("Latin America and the Caribbean", request.RegionName);
    }

    [Fact]
    public void A_region_and_states_may_both_be_named()
    {
        var request = Understood("workshop Timor-Leste region South-eastern Asia 2027-03-10");

        Assert.Equal(["Timor-Leste"], request.CountryNames);
        Assert.Equal("South-eastern Asia", request.RegionName);
    }

    [Fact]
    public void The_word_region_with_no_name_is_a_problem()
    {
        var problem = OnlyProblem("workshop region 2027-03-10", out _);

        Assert.Equal(RegistrationFields.Region, problem.Field);
    }

    [Fact]
    public void No_states_is_a_problem()
    {
        var problem = OnlyProblem("bilateral 2027-03-10 topic accession", out var request);

        Assert.Equal(RegistrationFields.Countries, problem.Field);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
    }

    // Dates.

    [Theory]
    [InlineData("2027-03-10..2027-03-12")]
    [InlineData("2027-03-10 .. 2027-03-12")]
    [InlineData("2027-03-10...2027-03-12")]
    [InlineData("2027-03-10…2027-03-12")]
    [InlineData("2027-03-10–2027-03-12")]
    [InlineData("2027-03-10 – 2027-03-12")]
    [InlineData("2027-03-10—2027-03-12")]
    [InlineData("2027-03-10 - 2027-03-12")]
    [InlineData("2027-03-10-2027-03-12")]
    [InlineData("2027-03-10/2027-03-12")]
    [InlineData("2027-03-10 to 2027-03-12")]
    [InlineData("2027-03-10 TO 2027-03-12")]
    [InlineData("2027-03-10 until 2027-03-12")]
    [InlineData("2027-03-10 through 2027-03-12")]
    [InlineData("from 2027-03-10 to 2027-03-12")]
    [InlineData("between 2027-03-10 and 2027-03-12")]
    [InlineData("2027-3-10..2027-3-12")]
    [InlineData("2027-03-10..12")]
    [InlineData("2027-03-10..03-12")]
    [InlineData("2027-03-10-12")]
    [InlineData("2027/03/10..2027/03/12")]
    [InlineData("2027.3.10 to 2027.3.12.")]
    [InlineData("２０２７－０３－１０..２０２７－０３－１２")]
    public void A_range_may_be_written_many_ways(string dates)
    {
        var request = Understood($"bilateral Tonga {dates} topic accession");

        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
    }

    [Fact]
    public void The_end_may_leave_out_the_year_and_month_it_shares()
    {
        var request = Understood("bilateral Tonga 2027-03-30..04-02");

        Assert.Equal(D("2027-03-30"), request.Start);
        Assert.Equal(D("2027-04-02"), request.End);
    }

    [Fact]
    public void A_single_date_is_a_one_day_window()
    {
        var request = Understood("call Tonga on 2027-03-10");

        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Null(request.End);
        Assert.Equal(["Tonga"], request.CountryNames);
    }

    [Fact]
    public void Missing_dates_are_a_problem_and_the_rest_is_kept()
    {
        var problem = OnlyProblem("bilateral Tonga topic accession", out var request);

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.Contains("YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
    }

    [Theory]
    [InlineData("2027-13-01", "'2027-13-01' is not a date (there is no month 13); write dates as YYYY-MM-DD")]
    [InlineData("2027-00-10", "'2027-00-10' is not a date (there is no month 0)")]
    [InlineData("2027-03-32", "'2027-03-32' is not a date (no month has 32 days)")]
    [InlineData("2027-03-00", "'2027-03-00' is not a date (days start at 1)")]
    [InlineData("0000-03-10", "'0000-03-10' is not a date (there is no year 0)")]
    [InlineData("10/03/2027", "'10/03/2027' is not a date; write dates as YYYY-MM-DD")]
    [InlineData("10.03.2027", "'10.03.2027' is not a date; write dates as YYYY-MM-DD")]
    [InlineData("27-03-10", "'27-03-10' is not a date; write dates as YYYY-MM-DD")]
    [InlineData("20270310", "'20270310' is not a date; write dates as YYYY-MM-DD")]
    [InlineData("2027-03", "'2027-03' is not a date; write dates as YYYY-MM-DD")]
    [InlineData("2027-03/10", "'2027-03/10' is not a date; write dates as YYYY-MM-DD")]
    public void A_malformed_date_is_named_as_typed(string date, string message)
    {
        var problem = OnlyProblem($"bilateral Tonga {date} topic accession", out var request);

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Null(request.Start);
        Assert.Equal(["Tonga"], request.CountryNames);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
    }

    [Theory]
    [InlineData("2027-02-30", "There is no 30 February 2027: February has 28 days in 2027.")]
    [InlineData("2028-02-30", "There is no 30 February 2028: February has 29 days in 2028.")]
    [InlineData("2027-02-29", "There is no 29 February 2027: 2027 is not a leap year.")]
    [InlineData("2100-02-29", "There is no 29 February 2100: 2100 is not a leap year.")]
    [InlineData("2027-04-31", "There is no 31 April 2027: April has 30 days.")]
    [InlineData("2027-11-31", "There is no 31 November 2027: November has 30 days.")]
    public void An_impossible_date_is_named_and_explained(string date, string message)
    {
        var problem = OnlyProblem($"bilateral Tonga {date}", out var request);

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.Equal(message, problem.Message);
        Assert.Null(request.Start);
    }

    [Theory]
    [InlineData("2028-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2027-04-30")]
    [InlineData("2027-12-31")]
    public void The_last_day_of_a_month_is_a_date(string date) => Assert.Equal(D(date), Understood($"bilateral Tonga {date}").Start);

    [Fact]
    public void A_bad_end_date_points_at_the_end_and_keeps_the_start()
    {
        var problem = OnlyProblem("bilateral Tonga 2027-04-28..2027-04-31", out var request);

        Assert.Equal(RegistrationFields.End, problem.Field);
        Assert.Equal("There is no 31 April 2027: April has 30 days.", problem.Message);
        Assert.Equal(D("2027-04-28"), request.Start);
        Assert.Null(request.End);
    }

    [Fact]
    public void An_end_before_the_start_is_a_problem_and_both_dates_are_kept()
    {
        var problem = OnlyProblem("bilateral Tonga 2027-03-10..2027-03-01", out var request);

        Assert.Equal(RegistrationFields.End, problem.Field);
        Assert.Equal("The window ends (1 March 2027) before it starts (10 March 2027).", problem.Message);
        Assert.Equal(D("2027-03-10"), request.Start);
        Assert.Equal(D("2027-03-01"), request.End);
    }

    [Fact]
    public void Three_dates_are_a_problem()
    {
        var problem = OnlyProblem("bilateral Tonga 2027-03-10 2027-03-12 2027-03-15", out var request);

        Assert.Equal(RegistrationFields.Dates, problem.Field);
        Assert.Contains("2027-03-15", problem.Message, StringComparison.Ordinal);
        Assert.Equal(D("2027-03-10"), request.Start);
    }

    [Fact]
    public void Dates_in_words_are_named_with_the_format_to_use()
    {
        var problem = OnlyProblem("bilateral Tonga 10 March 2027", out var request);

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.Contains("'10 March 2027'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Tonga"], request.CountryNames);
    }

    [Fact]
    public void A_state_code_that_is_also_a_month_stays_a_state_next_to_dates()
    {
        Assert.Equal(["MAR"], Understood("bilateral 2027-03-10 MAR").CountryNames);
        Assert.Equal(["TUN", "MAR"], Understood("bilateral TUN and MAR 2027-03-10..2027-03-12").CountryNames);
    }

    [Fact]
    public void A_month_before_the_day_is_part_of_the_dates_not_of_the_states()
    {
        var problem = OnlyProblem("bilateral Tonga March 10, 2027", out var request);

        Assert.Contains("'March 10, 2027'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Tonga"], request.CountryNames);
    }

    // Topics.

    [Theory]
    [InlineData("topic accession", new[] { OutreachTopic.Accession })]
    [InlineData("TOPIC Ratification", new[] { OutreachTopic.Accession })]
    [InlineData("topics accession, reporting", new[] { OutreachTopic.Accession, OutreachTopic.Reporting })]
    [InlineData("topics accession and reporting", new[] { OutreachTopic.Accession, OutreachTopic.Reporting })]
    [InlineData("topics accession, implementation and reporting", new[] { OutreachTopic.Accession, OutreachTopic.Implementation, OutreachTopic.Reporting })]
    [InlineData("topic: national implementation / voluntary trust fund", new[] { OutreachTopic.Implementation, OutreachTopic.Assistance })]
    [InlineData("topic sponsorship programme & parliamentarians", new[] { OutreachTopic.Sponsorship, OutreachTopic.Parliamentary })]
    [InlineData("topics accession, ratification, accession", new[] { OutreachTopic.Accession })]
    [InlineData("topic other", new[] { OutreachTopic.Other })]
    public void Topics_are_read_in_order_once_each(string clause, OutreachTopic[] topics)
    {
        Assert.Equal(topics, Understood($"bilateral Tonga 2027-03-10 {clause}").Topics);
    }

    [Fact]
    public void An_unknown_topic_is_named_with_the_topics_to_choose_from_and_the_known_ones_are_kept()
    {
        var problem = OnlyProblem("bilateral Tonga 2027-03-10 topics acession and reporting", out var request);

        Assert.Equal(RegistrationFields.Topics, problem.Field);
        Assert.Equal("I don't know the topic 'acession'. Use one of: accession, implementation, assistance, sponsorship, parliamentary, reporting, other.", problem.Message);
        Assert.Equal([OutreachTopic.Reporting], request.Topics);
    }

    [Fact]
    public void Several_unknown_topics_are_named_together()
    {
        var problem = OnlyProblem("bilateral Tonga 2027-03-10 topics ammo, drones and reporting", out _);

        Assert.StartsWith("I don't know the topics 'ammo' and 'drones'.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_topic_with_nothing_after_it_is_a_problem()
    {
        var problem = OnlyProblem("bilateral Tonga 2027-03-10 topic", out _);

        Assert.Equal(RegistrationFields.Topics, problem.Field);
    }

    // Partners, organization, restricted, note.

    [Fact]
    public void Each_clause_word_counts_the_first_time_only()
    {
        var request = Understood("bilateral Tonga 2027-03-10 as Germany with France as co-host and UNODA");

        Assert.Equal("Germany", request.Organization);
        Assert.Equal("France as co-host and UNODA", request.Partners);
    }

    [Fact]
    public void Quoted_text_is_never_read_as_clause_words()
    {
        var request = Understood("bilateral Tonga 2027-03-10 with \"UNIDIR as observer, topic 2027-01-01\" as “Friends of the ATT”");

        Assert.Equal("UNIDIR as observer, topic 2027-01-01", request.Partners);
        Assert.Equal("Friends of the ATT", request.Organization);
        Assert.Empty(request.Topics);
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end()
    {
        Assert.Equal("UNODA as co-host note x", Understood("bilateral Tonga 2027-03-10 with \"UNODA as co-host note x").Partners);
    }

    [Fact]
    public void Numbers_in_partners_and_organization_are_not_dates()
    {
        var request = Understood("bilateral Tonga 2027-03-10 with the G7 and EU27 as UNSCAR 2027");

        Assert.Equal("the G7 and EU27", request.Partners);
        Assert.Equal("UNSCAR 2027", request.Organization);
    }

    [Fact]
    public void Restricted_may_stand_anywhere()
    {
        Assert.True(Understood("bilateral Tonga restricted 2027-03-10").Restricted);
        Assert.True(Understood("bilateral Tonga 2027-03-10 with the EU RESTRICTED as Ghana").Restricted);
        Assert.False(Understood("bilateral Tonga 2027-03-10 note restricted to ministers").Restricted);
    }

    [Fact]
    public void The_note_is_everything_after_note_verbatim()
    {
        var request = Understood("bilateral Tonga 2027-03-10 NOTE: topic  with as\nsecond line, 2027-04-01");

        Assert.Equal("topic  with as\nsecond line, 2027-04-01", request.Notes);
        Assert.Empty(request.Topics);
        Assert.Null(request.Partners);
        Assert.Null(request.Organization);
    }

    [Fact]
    public void Dates_after_the_note_are_part_of_the_note()
    {
        var problem = OnlyProblem("bilateral Tonga note 2027-03-10", out var request);

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.Equal("2027-03-10", request.Notes);
    }

    [Fact]
    public void Empty_with_and_as_are_problems()
    {
        var (_, problems) = RegistrationParser.Parse("bilateral Tonga 2027-03-10 with as");

        Assert.Equal([RegistrationFields.Partners, RegistrationFields.Organization], problems.Select(p => p.Field));
    }

    // Forgiveness and never losing input.

    [Fact]
    public void Clause_words_and_kinds_are_read_in_any_case_and_spacing()
    {
        var request = Understood("  BILATERAL   Tonga ,  Fiji\tAND  Samoa\u00A0 2027-03-10 ..  2027-03-12   Topics  Accession   WITH  the EU   As  Ghana  ");

        Assert.Equal(OutreachKind.Bilateral, request.Kind);
        Assert.Equal(["Tonga", "Fiji", "Samoa"], request.CountryNames);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Accession], request.Topics);
        Assert.Equal("the EU", request.Partners);
        Assert.Equal("Ghana", request.Organization);
    }

    [Fact]
    public void Nothing_typed_asks_for_kind_states_and_dates()
    {
        var (request, problems) = RegistrationParser.Parse("   ");

        Assert.Equal([RegistrationFields.Kind, RegistrationFields.Countries, RegistrationFields.Start], problems.Select(p => p.Field));
        Assert.Null(request.Kind);
        Assert.Empty(request.CountryNames);
        Assert.Null(request.RegionName);
        Assert.Null(request.Start);
        Assert.Null(request.End);
        Assert.Empty(request.Topics);
        Assert.Null(request.Partners);
        Assert.False(request.Restricted);
        Assert.Null(request.Notes);
        Assert.Null(request.Organization);
    }

    [Fact]
    public void Partial_input_keeps_everything_that_was_understood()
    {
        var (request, problems) = RegistrationParser.Parse("bilaterl Tonga, Fiji 2027-02-30..2027-03-12 topic acession, reporting with UNODA restricted as Ghana note see you");

        Assert.Equal([RegistrationFields.Kind, RegistrationFields.Start, RegistrationFields.Topics], problems.Select(p => p.Field));
        Assert.Null(request.Kind);
        Assert.Equal(["Tonga", "Fiji"], request.CountryNames);
        Assert.Null(request.Start);
        Assert.Equal(D("2027-03-12"), request.End);
        Assert.Equal([OutreachTopic.Reporting], request.Topics);
        Assert.Equal("UNODA", request.Partners);
        Assert.True(request.Restricted);
        Assert.Equal("Ghana", request.Organization);
        Assert.Equal("see you", request.Notes);
    }

    [Fact]
    public void Past_and_far_dates_are_not_judged_here()
    {
        Assert.Equal(D("1999-01-01"), Understood("bilateral Tonga 1999-01-01").Start);
        Assert.Equal(D("2999-01-01"), Understood("bilateral Tonga 2999-01-01").Start);
    }
}
