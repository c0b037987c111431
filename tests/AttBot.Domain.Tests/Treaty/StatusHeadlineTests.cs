using AttBot.Domain.Countries;
using AttBot.Domain.Tests.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Treaty;

/// <summary>What the status line says: never "State Party" before the treaty is in force for the state, and the United States' notification in words.</summary>
public sealed class StatusHeadlineTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static Country State(string iso3) => SeedCountries.All.Single(c => c.Iso3 == iso3);

    [Fact]
    public void A_state_that_acceded_is_a_party_only_from_the_ninetieth_day()
    {
        var deposit = new DateOnly(2026, 11, 20);
        var tonga = State("TON") with
        {
            Status = TreatyStatus.Party, ConsentKind = ConsentKind.Accession, ConsentDate = deposit,
            EntryIntoForce = TreatyDates.EntryIntoForceFor(deposit),
        };
        Assert.Equal("Acceded 20 November 2026 · State Party from 18 February 2027", StatusWording.Headline(tonga, Today));
        Assert.Equal("State Party", StatusWording.Headline(tonga, new DateOnly(2027, 2, 18)));
    }

    [Fact]
    public void A_party_bound_for_years_is_a_State_Party() =>
        Assert.Equal("State Party", StatusWording.Headline(State("MEX"), Today));

    [Fact]
    public void The_United_States_signature_is_told_with_its_2019_notification()
    {
        var usa = State("USA");
        Assert.Equal("Signatory; notified on 18 July 2019 that it does not intend to become a party", StatusWording.Headline(usa, Today));
        Assert.Equal(new DateOnly(2019, 7, 18), StatusNotes.NoIntentionNotified(usa));
        Assert.Empty(Assistance.AvenuesFor(usa));
        Assert.Empty(Assistance.AvenuesFor(usa, declaredIntention: true));
    }

    [Fact]
    public void Other_signatories_keep_their_status_and_their_pointers()
    {
        var malaysia = State("MYS");
        Assert.Equal("Signatory, not yet ratified", StatusWording.Headline(malaysia, Today));
        Assert.Null(StatusNotes.NoIntentionNotified(malaysia));
    }

    [Theory]
    [InlineData("MEX", "Applies Articles 6 and 7 provisionally (Article 23) since 25 September 2013.")]
    [InlineData("USA", "Notified the depositary on 18 July 2019 that it does not intend to become a party: its signature carries no legal obligations.")]
    [InlineData("ECU", "Instrument deposited between 3 February 2026 and 18 March 2026; the exact date is still to be confirmed.")]
    [InlineData("VAT", "UN non-member observer State.")]
    [InlineData("LIE", "Made interpretative declarations.")]
    [InlineData("BEL", "Declaration (7 June 2013): signature also engages the Walloon, Flemish and Brussels-Capital regions.")]
    public void The_notes_of_the_table_read_as_sentences(string iso3, string sentence) =>
        Assert.Contains(sentence, StatusNotes.Sentences(State(iso3)));

    [Fact]
    public void No_note_is_shown_in_the_table_s_raw_form()
    {
        foreach (var country in SeedCountries.All)
        {
            foreach (var sentence in StatusNotes.Sentences(country))
            {
                Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", sentence);
                Assert.DoesNotContain("art. 23", sentence, StringComparison.Ordinal);
                Assert.True(char.IsUpper(sentence[0]) && sentence.EndsWith('.'), sentence);
            }
        }
        Assert.DoesNotContain(StatusNotes.Sentences(State("USA")), s => s.Contains("WEOG", StringComparison.Ordinal));
    }
}
