using System.Text.Encodings.Web;
using System.Text.Json;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;

namespace AttBot.Cards.Tests;

/// <summary>
/// A possible duplication a person can act on: how close the plans are, and how to reach the other organizer (a Teams
/// chat, a Slack mention, or the Secretariat), on both channels; never a link to someone the reader may not see.
/// </summary>
public sealed class DuplicationWordsTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static OutreachPlan AnaInTeams => AnaTonga with { Organizer = Ana with { Upn = "ana.ruiz@sre.gob.mx" } };
    private static OutreachPlan AnaInSlack => AnaTonga with { Organizer = new Organizer("slack", "U0ANA", "Ana Ruiz") };
    private static OutreachPlan PitaShared => PitaOceania with { Id = 39, Visibility = Visibility.Shared, Organizer = Pita with { Upn = "pita@controlarms.org" } };

    [Fact]
    public void A_heads_up_links_to_a_Teams_chat_with_the_other_organizer_when_their_sign_in_name_is_known()
    {
        var card = OutreachCards.ConflictHeadsUp(Duplication(PitaShared, AnaInTeams), PitaViewer, CountryName);

        Assert.Contains("Please coordinate with Ana Ruiz (Mexico): [chat with Ana Ruiz in Teams](https://teams.microsoft.com/l/chat/0/0?users=ana.ruiz%40sre.gob.mx).",
            CardJson.Texts(card));
        Assert.Contains("chat in Teams at https://teams.microsoft.com/l/chat/0/0?users=ana.ruiz%40sre.gob.mx", CardJson.Str(card, "fallbackText"));
    }

    [Fact]
    public void A_Slack_heads_up_mentions_a_Slack_organizer()
    {
        var json = SlackMessages.ConflictHeadsUp(Duplication(PitaShared, AnaInSlack), PitaViewer, CountryName).ToJsonString(Readable);

        Assert.Contains("Please coordinate with Ana Ruiz (Mexico): <@U0ANA>.", json);
    }

    [Fact]
    public void A_Slack_organizer_read_in_Teams_is_reached_through_the_Secretariat()
    {
        var card = OutreachCards.ConflictHeadsUp(Duplication(PitaShared, AnaInSlack), PitaViewer, CountryName);

        Assert.Contains("Please coordinate with Ana Ruiz (Mexico). Ask the Secretariat to put you in touch.", CardJson.Texts(card));
        Assert.DoesNotContain("U0ANA", card.ToJsonString());
    }

    [Fact]
    public void A_restricted_organizer_is_never_linked_or_mentioned()
    {
        var restricted = PitaOceania with { Organizer = new Organizer("slack", "U0PITA", "Pita Taufa") { Upn = "pita@controlarms.org" } };
        var conflict = Duplication(AnaTonga, restricted);

        var teams = OutreachCards.ConflictHeadsUp(conflict, AnaViewer, CountryName).ToJsonString(Readable);
        var slack = SlackMessages.ConflictHeadsUp(conflict, AnaViewer, CountryName).ToJsonString(Readable);
        var confirmation = SlackMessages.RegistrationConfirmation(AnaTonga, [conflict], AnaViewer, CountryName).ToJsonString(Readable);

        foreach (var json in new[] { teams, slack, confirmation })
        {
            Assert.DoesNotContain("pita@", json);
            Assert.DoesNotContain("U0PITA", json);
            Assert.Contains("Ask the Secretariat to put you in touch.", json);
        }
    }

    [Theory]
    [InlineData("2027-03-10", "2027-03-12", "OR-0040 · Ana Ruiz (Mexico) · Bilateral · 10–12 March 2027 (the same dates as your workshop) · states: Tonga")]
    [InlineData("2027-03-22", "2027-03-23", "OR-0040 · Ana Ruiz (Mexico) · Bilateral · 22–23 March 2027 (10 days after your workshop) · states: Tonga")]
    [InlineData("2027-03-12", "2027-03-14", "OR-0040 · Ana Ruiz (Mexico) · Bilateral · 12–14 March 2027 (overlapping your workshop by 1 day) · states: Tonga")]
    public void A_heads_up_says_how_close_the_plans_are(string start, string end, string line)
    {
        var mine = PitaShared with { Window = new DateWindow(new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 12)) };
        var theirs = AnaTonga with { Window = new DateWindow(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)) };

        Assert.Contains(line, CardJson.Texts(OutreachCards.ConflictHeadsUp(Duplication(mine, theirs), PitaViewer, CountryName)));
        Assert.Contains(line, SlackMessages.ConflictHeadsUp(Duplication(mine, theirs), PitaViewer, CountryName).ToJsonString(Readable));
    }

    [Fact]
    public void The_Secretariats_alert_says_how_close_the_plans_are_and_how_to_reach_each_organizer()
    {
        var recorded = new RecordedConflict(7, Duplication(PitaShared, AnaInSlack), null, null, null);

        var card = OutreachCards.ConflictAlert(recorded, CountryName).ToJsonString(Readable);
        var slack = SlackMessages.ConflictAlert(recorded, CountryName).ToJsonString(Readable);

        Assert.Contains("OR-0040 is overlapping OR-0039 by 2 days.", card);
        Assert.Contains("OR-0040 is overlapping OR-0039 by 2 days.", slack);
        Assert.Contains("Reach them: [chat with Pita Taufa in Teams](https://teams.microsoft.com/l/chat/0/0?users=pita%40controlarms.org)", card);
        Assert.Contains("Reach them: <@U0ANA>", slack);
    }
}
