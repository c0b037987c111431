using AttBot.Cards.BlockKit;
using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Functional.Tests.Infrastructure;
using AttBot.Host.Conversations;
using AttBot.Host.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace AttBot.Functional.Tests;

/// <summary>
/// The one dispatcher, asked directly with the real desks and store: who an answer is meant for, decided once for every
/// channel, and every answer laid out by both renderers. Sam is in the Secretariat by configuration.
/// </summary>
public sealed class CommandDispatcherTests() : BotTestBase(new()
{
    ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Sam),
    ["Exports:PublicBaseUrl"] = "http://bot.example.test",
})
{
    private const string Sam = "29:secretariat-1";

    private static readonly Person SamPerson = new("msteams", Sam, Activities.AadOf(Sam), "Sam Secretariat");

    /// <summary>A turn in a place of the test's choosing; the room, when read, holds Sam and a stakeholder.</summary>
    private sealed class TestTurn(Person person, Place place, Viewer asker)
        : Turn(person, place, asker, Domain.Language.Language.English, "19:conversation", resumed: false)
    {
        public override string SourceKey { get; } = "test|" + Guid.NewGuid().ToString("N");
        public override string? HeadsUpTo => ConversationId;
        public override string CommandText => "";
        public override Task<Viewer> ReadRoomAsync(CancellationToken cancellationToken) =>
            Task.FromResult(Viewer.Room(Asker.ChannelId, [Asker, new Viewer(Asker.ChannelId, "29:stakeholder", Role.Stakeholder)]));
    }

    private async Task<Reply> AskAsync(string text, Place place)
    {
        var asker = App.Services.GetRequiredService<RoleDirectory>().ViewerOf(SamPerson);
        var reply = await App.Services.GetRequiredService<CommandDispatcher>().AnswerAsync(new TestTurn(SamPerson, place, asker), CommandParser.Parse(text), CancellationToken.None);
        return reply!;
    }

    [Theory]
    [InlineData("history Tonga")]
    [InlineData("export csv")]
    [InlineData("summary 2026")]
    [InlineData("priorities")]
    [InlineData("gaps")]
    [InlineData("roles")]
    [InlineData("calendar feed")]
    public async Task Secretariat_material_is_meant_for_the_asker_alone_wherever_others_read_along(string text)
    {
        Assert.Equal(MeantFor.AskerAlone, (await AskAsync(text, new Place(PlaceKind.Channel))).MeantFor);
        Assert.Equal(MeantFor.AskerAlone, (await AskAsync(text, new Place(PlaceKind.GroupChat))).MeantFor);
        Assert.Equal(MeantFor.Place, (await AskAsync(text, Place.Personal)).MeantFor);
        // Slack's answers in a channel are ephemeral: seen by the asker alone already.
        Assert.Equal(MeantFor.Place, (await AskAsync(text, new Place(PlaceKind.Channel, SeenOnlyByAsker: true))).MeantFor);
    }

    [Fact]
    public async Task Public_answers_are_meant_for_the_place()
    {
        Assert.Equal(MeantFor.Place, (await AskAsync("status Tonga", new Place(PlaceKind.Channel))).MeantFor);
        Assert.Equal(MeantFor.Place, (await AskAsync("region Oceania", new Place(PlaceKind.Channel))).MeantFor);
    }

    [Fact]
    public async Task The_same_status_answer_is_shared_until_what_it_shows_changes()
    {
        var first = await AskAsync("status Tonga", Place.Personal);
        Assert.Same(first, await AskAsync("status TON", Place.Personal));
        var cards = App.Services.GetRequiredService<AdaptiveCardRenderer>();
        Assert.Same(cards.StatusCard((Reply.Status)first), cards.StatusCard((Reply.Status)first));
    }

    [Fact]
    public async Task Every_answer_is_laid_out_by_both_renderers_within_Slacks_limits()
    {
        string[] commands =
        [
            "status Tonga", "status Niger", "status Congo", "status Atlantis", "status xq", "help", "register", "register bilateral Tonga",
            "mine", "outreach Tonga", "history Tonga", "export csv", "summary 2026", "priority Tonga", "priorities", "gaps", "region", "region Oceania",
            "region Atlantis", "map", "map Oceania", "set status Tonga party 2026-03-02", "import status", "cancel OR-9999", "roles", "thanks",
        ];
        var teams = App.Services.GetRequiredService<AdaptiveCardRenderer>();
        var slack = App.Services.GetRequiredService<BlockKitRenderer>();
        var kinds = new HashSet<Type>();
        foreach (var text in commands)
        {
            var reply = await AskAsync(text, Place.Personal);
            kinds.Add(reply.GetType());
            var activity = teams.Render(reply, Domain.Language.Language.English);
            Assert.True(activity.Text is { Length: > 0 } || activity.Attachments is { Count: 1 }, text);
            Assert.Empty(BlockKitLimits.CheckMessage(slack.Render(reply, Domain.Language.Language.English)));
        }
        // Most kinds of answer came back, so the check above covers the renderers' switches, not one arm of them.
        Assert.True(kinds.Count >= 18, string.Join(", ", kinds.Select(k => k.Name)));
    }
}
