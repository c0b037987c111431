using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>The Secretariat grants and revokes roles in chat; what a champion then sees; what everyone else is told.</summary>
public sealed class RoleManagementTests() : ChatTestBase(new() { ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Sam) })
{
    private const string Sam = "29:secretariat-1";

    private Task<ConnectorCall> AsSam(string text, Action<JsonObject>? shape = null) => Say(Sam, "Sam Secretariat", text, shape);

    /// <summary>A Teams message whose text carries "&lt;at&gt;Maria Lopez&lt;/at&gt;" and the mention entity, as Teams sends it.</summary>
    private static Action<JsonObject> Mentioning(string userId, string name) => activity =>
    {
        activity["text"] = activity["text"]!.GetValue<string>().Replace("@" + name, $"<at>{name}</at>");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{name}</at>",
            ["mentioned"] = new JsonObject { ["id"] = userId, ["name"] = name },
        });
    };

    private async Task RegisterRestrictedTongaVisit() =>
        Assert.Contains("Registered OR-0001", Shown(await Say("29:olga", "Olga Organizer",
            $"register visit Tonga {Day(30)} with UNRCPD restricted as Secret Partner State note confidential-note-text")));

    [Fact]
    public async Task A_champion_granted_by_teams_mention_sees_restricted_detail_for_the_region_and_loses_it_when_revoked()
    {
        await RegisterRestrictedTongaVisit();
        var before = Shown(await Say("29:maria", "Maria Lopez", "outreach Tonga"));
        Assert.DoesNotContain("Secret Partner State", before);

        var granted = Shown(await AsSam("grant champion Oceania @Maria Lopez", Mentioning("29:maria", "Maria Lopez")));
        Assert.Contains("Maria Lopez** is now regional champion for **Oceania**", granted);
        var after = Shown(await Say("29:maria", "Maria Lopez", "outreach Tonga"));
        Assert.Contains("Secret Partner State", after);
        Assert.Contains("Olga Organizer", after);

        Assert.Contains("already regional champion", Shown(await AsSam("grant champion Oceania @Maria Lopez", Mentioning("29:maria", "Maria Lopez"))));
        Assert.Contains("no longer regional champion for **Oceania**", Shown(await AsSam("revoke champion oceania @Maria Lopez", Mentioning("29:maria", "Maria Lopez"))));
        Assert.DoesNotContain("Secret Partner State", Shown(await Say("29:maria", "Maria Lopez", "outreach Tonga")));
        Assert.Equal(0, CountRows("roles"));
        Assert.Equal(2, CountRows("audit_log WHERE subject_kind = 'role'"));
    }

    [Fact]
    public async Task A_slack_style_mention_a_raw_id_and_a_name_the_bot_has_seen_all_name_the_person()
    {
        await Say("29:pita", "Pita Taufa", "hello");
        Assert.Contains("Pita Taufa** is now regional champion for **Polynesia**", Shown(await AsSam("grant champion Polynesia pita taufa")));
        Assert.Contains("is now regional champion for **Caribbean**", Shown(await AsSam("grant champion Caribbean <@29:lee|Lee>")));
        Assert.Contains("29:kim** is now a member of the ATT Secretariat", Shown(await AsSam("grant secretariat 29:kim")));
        Assert.Equal(3, CountRows("roles"));
        // The new Secretariat member can act as one at once.
        Assert.Contains("**Regional champions**", Shown(await Say("29:kim", "Kim Park", "roles")));
    }

    [Fact]
    public async Task An_ambiguous_or_unknown_name_is_asked_about_and_nothing_is_granted()
    {
        await Say("29:m1", "Maria Lopez", "hello");
        await Say("29:m2", "Maria Silva", "hello");

        var ambiguous = Shown(await AsSam("grant champion Oceania Maria"));
        Assert.Contains("Several people match “Maria”: Maria Lopez or Maria Silva", ambiguous);
        Assert.Contains("I don't know anyone called “Nobody Here”", Shown(await AsSam("grant champion Oceania Nobody Here")));
        Assert.Contains("I don't know the region “Atlantis” — did you mean", Shown(await AsSam("grant champion Atlantis <@29:m1>")));
        Assert.Equal(0, CountRows("roles"));
    }

    [Fact]
    public async Task Configuration_members_cannot_be_revoked_in_chat_and_are_listed_as_such()
    {
        var refused = Shown(await AsSam($"revoke secretariat {Sam}"));
        Assert.Contains("through the bot's configuration", refused);
        Assert.Contains("not in chat", refused);

        await AsSam("grant secretariat <@29:kim|Kim Park>");
        var roles = Shown(await AsSam("roles"));
        Assert.Contains($"Sam Secretariat ({Activities.SecretariatEntry(Sam)}) — configuration", roles);
        Assert.Contains("Kim Park — granted by Sam Secretariat", roles);
    }

    [Fact]
    public async Task Stakeholders_and_champions_are_refused_role_commands_without_learning_who_holds_what()
    {
        await AsSam("grant champion Oceania <@29:maria|Maria Lopez>");

        foreach (var (who, name) in new[] { ("29:stake", "Stan Holder"), ("29:maria", "Maria Lopez") })
        {
            Assert.Equal("Only members of the ATT Secretariat can grant or revoke roles.", Shown(await Say(who, name, "grant secretariat <@29:stake|Stan>")));
            Assert.Equal("Only members of the ATT Secretariat can grant or revoke roles.", Shown(await Say(who, name, "revoke champion Oceania Maria")));
            Assert.Equal("Only members of the ATT Secretariat can see who holds which role.", Shown(await Say(who, name, "roles")));
        }
        Assert.Equal(1, CountRows("roles"));
    }

    [Fact]
    public async Task A_name_that_is_exactly_one_person_and_the_start_of_another_asks_for_a_mention()
    {
        await Say("29:maria-1", "Maria", "hello");
        await Say("29:maria-2", "Maria Lopez", "hello");

        var reply = Shown(await AsSam("grant secretariat Maria"));

        Assert.Contains("Several people match “Maria”", reply);
        Assert.Contains("Please @mention the one you mean", reply);
        Assert.Equal(0, CountRows("roles"));
    }
}
