using System.Diagnostics;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>
/// Nothing typed is cut short and stored as something else: input over a limit is refused in words that name the
/// limit, and nothing of it reaches the store.
/// </summary>
public sealed class NeverTruncateTests() : ChatTestBase(new() { ["Bot:RateLimit:MessagesPerMinute"] = "0" })
{
    private static string LongPartners() => string.Join(", ", Enumerable.Range(1, 60).Select(i => $"Partner organization {i}"));

    [Fact]
    public async Task A_restricted_registration_with_too_many_partners_is_refused_not_stored_as_shared()
    {
        var partners = LongPartners();
        Assert.True(partners.Length > 500 && partners.Length < 4000);

        var reply = await Say("29:ana", "Ana Ruiz", $"register bilateral Samoa {Day(40)} with {partners} restricted as Mexico");

        Assert.Contains("the most is 500", Shown(reply));
        Assert.DoesNotContain("Registered", Shown(reply));
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task A_message_longer_than_any_command_is_refused_whole_and_names_the_limit()
    {
        var note = new string('n', 5000);
        var reply = await Say("29:ana", "Ana Ruiz", $"register bilateral Samoa {Day(40)} as Mexico note {note}");

        Assert.Contains("I read at most 4,000", Shown(reply));
        Assert.Contains("did nothing with it", Shown(reply));
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task A_note_over_its_limit_is_refused_and_nothing_is_registered()
    {
        var reply = await Say("29:ana", "Ana Ruiz", $"register bilateral Samoa {Day(40)} as Mexico note {new string('n', 1200)}");

        Assert.Contains("The note is 1,200 characters long; the most is 1,000", Shown(reply));
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task Findings_over_their_limit_are_refused_and_the_registration_stays_planned()
    {
        var registered = await Say("29:ana", "Ana Ruiz", $"register bilateral Samoa {Day(40)} as Mexico");
        Assert.Contains("Registered OR-0001", Shown(registered));

        var reply = await Say("29:ana", "Ana Ruiz", $"done OR-0001 {new string('f', 1500)}");

        Assert.Contains("the most is 1,000", Shown(reply));
        Assert.Contains("Nothing was recorded", Shown(reply));
        Assert.Equal(0, CountRows("outreach WHERE state <> 'planned' OR outcome IS NOT NULL"));
    }

    [Fact]
    public async Task A_form_with_twenty_thousand_more_states_is_refused_cheaply_and_not_echoed_back()
    {
        var many = string.Join(",", Enumerable.Repeat("Tonga", 20_000));
        var watch = Stopwatch.StartNew();
        var body = await Click("29:ana", "Ana Ruiz", "outreach.register", new JsonObject
        {
            ["organization"] = "Mexico", ["kind"] = "bilateral", ["moreCountries"] = many, ["start"] = Day(30),
        });
        watch.Stop();

        Assert.Contains("the most is 4,000", body);
        Assert.DoesNotContain("Registered", body);
        Assert.True(body.Length < 50_000, $"The answer is {body.Length:N0} characters long.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Refusing took {watch.Elapsed}.");
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task A_form_naming_more_states_than_one_registration_holds_is_refused_before_any_look_up()
    {
        var many = string.Join(",", Enumerable.Repeat("Tonga", 500));
        var body = await Click("29:ana", "Ana Ruiz", "outreach.register", new JsonObject
        {
            ["organization"] = "Mexico", ["kind"] = "bilateral", ["moreCountries"] = many, ["start"] = Day(30),
        });

        Assert.Contains("That is 500 states; one registration names at most 60", body);
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task A_form_with_thousands_of_fields_is_refused_before_it_is_read()
    {
        var data = new JsonObject { ["organization"] = "Mexico", ["kind"] = "bilateral", ["countries"] = "TON", ["start"] = Day(30) };
        for (var i = 0; i < 5000; i++)
            data[$"extra{i}"] = "x";
        var body = await Click("29:ana", "Ana Ruiz", "outreach.register", data);

        Assert.Contains("more than the registration form holds", body);
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task Right_to_left_overrides_are_removed_from_what_is_stored_and_shown_to_others()
    {
        var reply = await Say("29:ana", "Ana \u202ERuiz", $"register bilateral Samoa {Day(40)} with \u202EUNIDIR\u202C as Mexico\u2066 note see \u202Egnp.exe");
        Assert.Contains("Registered OR-0001", Shown(reply));

        var stored = ReadStored();
        Assert.Contains("UNIDIR", stored);
        Assert.DoesNotContain(stored, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
    }

    private string ReadStored()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT organization || '|' || COALESCE(partners, '') || '|' || COALESCE(notes, '') || '|' || organizer_name FROM outreach";
        return (string)command.ExecuteScalar()!;
    }
}
