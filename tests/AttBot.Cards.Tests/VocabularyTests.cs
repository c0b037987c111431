using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using AttBot.Cards.Tests.BlockKit;

namespace AttBot.Cards.Tests;

/// <summary>
/// One vocabulary in everything a reader sees, Teams and Slack alike: words that were retired, internal codes and
/// broken plurals fail here, in every card and Block Kit message the samples build.
/// </summary>
public sealed class VocabularyTests
{
    /// <summary>What must not be read, and what to write instead.</summary>
    private static readonly (Regex Retired, string Instead)[] Retired =
    [
        (new(@"\bM49\b"), "the region's name (M49 is the data's code, not a diplomat's word)"),
        (new(@"\bNot a signatory\b", RegexOptions.IgnoreCase), "Neither signatory nor party"),
        (new(@"\b1 (signatories|parties|states|registrations|plans|conflicts|activities)\b"), "the singular after 1"),
        (new(@"\b(countries|kind|organizer_channel|iso3|public_id): "), "a sentence, not a field name"),
        (new(@"\bTier\b(?! \d)"), "Priority (the word the Teams card uses)"),
        // Not the button verbs ("conflict.coordinated"): nobody reads those.
        (new(@"\bconflicts?\b(?!\.[a-z])", RegexOptions.IgnoreCase), "possible duplication (the clash of two plans has one name)"),
    ];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<object[]> Everything() =>
        EveryCard.All().Select(c => new object[] { $"card {c.Name}", c.Card.ToJsonString(Readable) })
            .Concat(BlockKitSamples.Messages().Select(m => new object[] { $"slack {m.Name}", m.Message.ToJsonString(Readable) }))
            .Concat(BlockKitSamples.Modals().Select(m => new object[] { $"modal {m.Name}", m.View.ToJsonString(Readable) }));

    [Fact]
    public void No_reader_sees_a_retired_word_an_internal_code_or_a_broken_plural()
    {
        var found = Everything()
            .SelectMany(sample => Retired.Where(r => r.Retired.IsMatch((string)sample[1]))
                .Select(r => $"{sample[0]}: “{r.Retired.Match((string)sample[1]).Value}” (write {r.Instead})"))
            .ToList();

        Assert.True(found.Count == 0, string.Join("\n", found.Take(30)));
    }
}
