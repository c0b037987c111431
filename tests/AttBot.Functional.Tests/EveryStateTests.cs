using System.Globalization;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace AttBot.Functional.Tests;

/// <summary>The answer for every state matches the project's status table, read here independently of the bot's own reader.</summary>
// Every state asked by one person: the rate limit (RateLimitTests) is off so that each is answered.
public sealed class EveryStateTests() : BotTestBase(new() { ["Bot:RateLimit:MessagesPerMinute"] = "0" })
{

    [Fact]
    public async Task Every_state_in_att_status_csv_is_answered_with_its_own_status_and_dates()
    {
        var rows = ReadCsv();
        Assert.Equal(196, rows.Count);
        foreach (var row in rows)
            await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, $"status {row["iso3"]}", id: row["iso3"]));

        var replies = (await Connector.WaitForCallsAsync(rows.Count, TimeSpan.FromSeconds(60)))
            .ToDictionary(c => c.Body!["replyToId"]!.GetValue<string>());
        foreach (var row in rows)
        {
            var card = replies[row["iso3"]].CardJson;
            var fallback = replies[row["iso3"]].Card!["fallbackText"]!.GetValue<string>();
            Assert.StartsWith($"{row["name_un"]}: {Words(row["att_status"])}", fallback);
            foreach (var column in new[] { "signature_date", "consent_date", "entry_into_force_date" })
            {
                if (row[column].Length > 0)
                    Assert.Contains(DateOnly.ParseExact(row[column], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), fallback);
            }
            if (row["consent_type"].Length > 0)
                Assert.Contains(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(row["consent_type"]), fallback);
            Assert.Contains(row["subregion"], card);
            // The table's remarks are told in sentences: their dates in words, never in the table's own form.
            foreach (System.Text.RegularExpressions.Match date in System.Text.RegularExpressions.Regex.Matches(row["notes"], @"\d{4}-\d{2}-\d{2}"))
            {
                Assert.Contains(DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), fallback);
            }
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", fallback);
        }
    }

    private static string Words(string status) => status switch
    {
        "party" => "State Party",
        "signatory" => "Signatory", // the United States: "Signatory; notified on 18 July 2019 …"
        "none" => "Neither signatory nor party",
        _ => throw new InvalidOperationException(status),
    };

    private static List<Dictionary<string, string>> ReadCsv()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AttBot.sln")))
            dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "src", "AttBot.Data", "Seed", "att-status.csv");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second));
        }
        return rows;
    }
}
