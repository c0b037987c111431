using System.Globalization;
using AttBot.Domain.Outreach;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Outreach;

public sealed class RegistrationRulesTests
{
    private static readonly DateOnly Today = D("2027-03-10");

    private static readonly RegistrationRequest Valid = new()
    {
        Kind = OutreachKind.Bilateral,
        CountryNames = ["Tonga"],
        Start = D("2027-04-01"),
        End = D("2027-04-03"),
        Organization = "Ghana",
    };

    private static RegistrationProblem OnlyProblem(RegistrationRequest request) => Assert.Single(RegistrationRules.Check(request, Today));

    [Fact]
    public void A_complete_request_has_no_problems() => Assert.Empty(RegistrationRules.Check(Valid, Today));

    [Fact]
    public void A_region_alone_names_the_states()
    {
        Assert.Empty(RegistrationRules.Check(Valid with { CountryNames = [], RegionName = "Oceania" }, Today));
    }

    [Fact]
    public void An_empty_request_lacks_kind_states_start_and_organization()
    {
        var problems = RegistrationRules.Check(new RegistrationRequest(), Today);

        Assert.Equal(
            [RegistrationFields.Kind, RegistrationFields.Countries, RegistrationFields.Start, RegistrationFields.Organization],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void A_blank_region_or_organization_is_missing()
    {
        var problems = RegistrationRules.Check(Valid with { CountryNames = [], RegionName = "  ", Organization = " " }, Today);

        Assert.Equal([RegistrationFields.Countries, RegistrationFields.Organization], problems.Select(p => p.Field));
    }

    [Fact]
    public void Missing_fields_read_the_same_as_the_parser_says_them_so_they_merge()
    {
        var (request, parsed) = RegistrationParser.Parse("");

        var merged = parsed.Concat(RegistrationRules.Check(request, Today)).Distinct().ToList();

        Assert.Equal(
            [RegistrationFields.Kind, RegistrationFields.Countries, RegistrationFields.Start, RegistrationFields.Organization],
            merged.Select(p => p.Field));
    }

    [Fact]
    public void An_end_before_the_start_is_a_problem()
    {
        var problem = OnlyProblem(Valid with { Start = D("2027-04-10"), End = D("2027-04-01") });

        Assert.Equal(RegistrationFields.End, problem.Field);
        Assert.Equal("The window ends (1 April 2027) before it starts (10 April 2027).", problem.Message);
    }

    [Fact]
    public void A_window_that_ended_yesterday_is_over()
    {
        var problem = OnlyProblem(Valid with { Start = D("2027-03-01"), End = Today.AddDays(-1) });

        Assert.Equal(RegistrationFields.End, problem.Field);
        Assert.Equal(
            "That window is over: it ended on 9 March 2027. Register outreach that is still to come, or record what you found with done and the registration's id (done OR-0042 …).",
            problem.Message);
    }

    [Fact]
    public void A_one_day_window_yesterday_is_over_and_points_at_the_start()
    {
        var problem = OnlyProblem(Valid with { Start = Today.AddDays(-1), End = null });

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.StartsWith("That window is over", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-10", null)] // today
    [InlineData("2027-03-01", "2027-03-10")] // ongoing, ends today
    [InlineData("2026-12-01", "2027-06-30")] // ongoing
    [InlineData("2027-03-11", null)] // tomorrow
    public void A_window_ending_today_or_later_is_allowed(string start, string? end)
    {
        Assert.Empty(RegistrationRules.Check(Valid with { Start = D(start), End = end is null ? null : D(end) }, Today));
    }

    [Fact]
    public void A_start_five_years_ahead_is_allowed_and_a_day_more_is_probably_a_typo()
    {
        Assert.Empty(RegistrationRules.Check(Valid with { Start = D("2032-03-10"), End = null }, Today));

        var problem = OnlyProblem(Valid with { Start = D("2032-03-11"), End = null });

        Assert.Equal(RegistrationFields.Start, problem.Field);
        Assert.Equal("11 March 2032 is more than 5 years ahead. Is the year right?", problem.Message);
    }

    [Fact]
    public void A_window_of_max_days_is_allowed()
    {
        var start = D("2027-04-01");
        var request = Valid with { Start = start, End = start.AddDays(RegistrationRules.MaxWindowDays - 1) };

        Assert.Equal(RegistrationRules.MaxWindowDays, new DateWindow(request.Start!.Value, request.End).Days);
        Assert.Empty(RegistrationRules.Check(request, Today));
    }

    [Fact]
    public void A_window_of_max_days_plus_one_is_a_programme_to_split()
    {
        var start = D("2027-04-01");

        var problem = OnlyProblem(Valid with { Start = start, End = start.AddDays(RegistrationRules.MaxWindowDays) });

        Assert.Equal(RegistrationFields.End, problem.Field);
        Assert.Equal(
            "That window is 367 days long (1 April 2027 – 1 April 2028); the most is 366. A longer programme is several outreach windows: register each one.",
            problem.Message);
    }

    [Fact]
    public void An_ongoing_window_too_long_is_still_too_long()
    {
        var problems = RegistrationRules.Check(Valid with { Start = D("2026-01-01"), End = D("2027-12-31") }, Today);

        Assert.Equal([RegistrationFields.End], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(RegistrationFields.Organization, RegistrationRules.MaxOrganizationLength)]
    [InlineData(RegistrationFields.Partners, RegistrationRules.MaxPartnersLength)]
    [InlineData(RegistrationFields.Notes, RegistrationRules.MaxNotesLength)]
    public void Text_fields_may_be_as_long_as_their_maximum_and_no_longer(string field, int max)
    {
        Assert.Empty(RegistrationRules.Check(WithText(field, new string('x', max)), Today));

        var problem = OnlyProblem(WithText(field, new string('x', max + 1)));

        Assert.Equal(field, problem.Field);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"is {max + 1:N0} characters long; the most is {max:N0}."),
            problem.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Spaces_around_a_text_do_not_count_towards_its_length()
    {
        Assert.Empty(RegistrationRules.Check(Valid with { Notes = $"  {new string('x', RegistrationRules.MaxNotesLength)}\n\n" }, Today));
    }

    [Fact]
    public void Up_to_max_countries_may_be_named_and_no_more()
    {
        var many = Enumerable.Range(0, RegistrationRules.MaxCountries + 1).Select(i => $"State {i}").ToList();

        Assert.Empty(RegistrationRules.Check(Valid with { CountryNames = many[..RegistrationRules.MaxCountries] }, Today));

        var problem = OnlyProblem(Valid with { CountryNames = many });
        Assert.Equal(RegistrationFields.Countries, problem.Field);
        Assert.StartsWith("That is 61 states; one registration names at most 60.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var request = new RegistrationRequest
        {
            CountryNames = [.. Enumerable.Range(0, 61).Select(i => $"S{i}")],
            Start = D("2020-01-01"),
            End = D("2021-06-01"),
            Partners = new string('p', 501),
            Notes = new string('n', 1001),
        };

        var problems = RegistrationRules.Check(request, Today);

        Assert.Equal(
            [
                RegistrationFields.Kind, RegistrationFields.Countries, RegistrationFields.End, RegistrationFields.End,
                RegistrationFields.Organization, RegistrationFields.Partners, RegistrationFields.Notes,
            ],
            problems.Select(p => p.Field));
    }

    private static RegistrationRequest WithText(string field, string text) => field switch
    {
        RegistrationFields.Organization => Valid with { Organization = text },
        RegistrationFields.Partners => Valid with { Partners = text },
        _ => Valid with { Notes = text },
    };
}
