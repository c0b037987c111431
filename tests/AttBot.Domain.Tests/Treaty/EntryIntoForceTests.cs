using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Treaty;

public sealed class EntryIntoForceTests
{
    [Fact]
    public void Every_party_of_the_seed_has_the_entry_into_force_that_article_22_gives_its_deposit()
    {
        var parties = SeedCountries.All.Where(c => c.Status == TreatyStatus.Party && c.ConsentDate is not null).ToList();

        Assert.Equal(117, parties.Count); // Ecuador's deposit date is not yet recorded in the seed
        Assert.All(parties, c => Assert.Equal((c.Name, c.EntryIntoForce), (c.Name, TreatyDates.EntryIntoForceFor(c.ConsentDate!.Value))));
    }

    [Fact]
    public void A_deposit_before_the_treaty_was_in_force_binds_from_24_December_2014_not_90_days_later()
    {
        // Guinea deposited on 21 October 2014: 90 days later would be 19 January 2015, but Article 22(2) counts 90 days
        // only for instruments deposited after the entry into force; earlier ones are bound when the treaty is.
        Assert.Equal(new DateOnly(2014, 12, 24), TreatyDates.EntryIntoForceFor(new DateOnly(2014, 10, 21)));
        Assert.Equal(new DateOnly(2014, 12, 24), TreatyDates.EntryIntoForceFor(new DateOnly(2014, 12, 22)));
    }

    [Fact]
    public void A_deposit_after_the_entry_into_force_binds_90_days_later()
    {
        Assert.Equal(new DateOnly(2015, 3, 24), TreatyDates.EntryIntoForceFor(new DateOnly(2014, 12, 24)));
        Assert.Equal(new DateOnly(2026, 5, 31), TreatyDates.EntryIntoForceFor(new DateOnly(2026, 3, 2)));
    }

    [Theory]
    [InlineData("2013-06-03")]
    [InlineData("3 June 2013")]
    [InlineData("3 Jun 2013")]
    [InlineData(" \u00A03 Jun\t 2013 ")]
    [InlineData("03/06/2013")]
    [InlineData("3 Jun. 2013")]
    public void Dates_are_read_as_the_UN_and_people_write_them(string text) =>
        Assert.Equal(new DateOnly(2013, 6, 3), TreatyDates.Parse(text));

    [Theory]
    [InlineData("25 Sept 2013", 2013, 9, 25)]
    [InlineData("29 Jul 2020", 2020, 7, 29)]
    public void Month_abbreviations_of_UN_documents_are_read(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), TreatyDates.Parse(text));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2014")]
    [InlineData("2014")]
    public void What_is_not_a_date_is_not_read_as_one(string text) => Assert.Null(TreatyDates.Parse(text));
}
