using System.Text;
using System.Text.RegularExpressions;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Domain.Language;

namespace AttBot.Host.Outreach;

/// <summary>
/// "grant", "revoke" and "roles", the same for every channel: the Secretariat names a person (mention, user id or a name
/// the bot has seen) and, for a champion, a region. Replies are short sentences the channel shows as they are.
/// Everyone else is refused before anything is looked up, so a refusal never tells who exists or holds what.
/// </summary>
public sealed partial class RoleDesk(RoleDirectory roles, RoleStore store, ProfileStore profiles, CountryDirectory directory)
{
    public const string ChangeRefusal = "Only members of the ATT Secretariat can grant or revoke roles.";
    public const string ListRefusal = "Only members of the ATT Secretariat can see who holds which role.";

    public string Grant(Person by, Role role, string target) => Change(by, role, target, grant: true);

    public string Revoke(Person by, Role role, string target) => Change(by, role, target, grant: false);

    private string Change(Person by, Role role, string targetText, bool grant)
    {
        if (!roles.ViewerOf(by).IsSecretariat)
            return ChangeRefusal;
        var target = RoleTargetParser.Parse(targetText, needsRegion: role == Role.Champion, directory.Regions);
        var verb = grant ? "grant" : "revoke";
        if (role == Role.Champion && target.Region is null)
            return target.UnknownRegionText is { Length: > 0 } unknown
                ? $"I don't know the region “{Shorten(unknown)}” — did you mean {ListWords.Or(directory.Regions.Suggest(unknown))}?"
                : $"Please name the region and the person, for example: **{verb} champion Oceania @Maria Lopez**.";
        if (target.User is null)
            return $"Please name the person, for example: **{verb} {(role == Role.Champion ? "champion Oceania" : "secretariat")} @Maria Lopez**.";

        var (person, problem) = Resolve(by, target.User);
        if (person is null)
            return problem!;
        var region = target.Region?.Name;
        var what = role == Role.Secretariat ? "a member of the ATT Secretariat" : $"regional champion for **{region}**";

        if (role == Role.Secretariat && roles.IsConfiguredSecretariat(person.ChannelId, person.UserId))
            return grant
                ? $"**{person.Name}** is already in the ATT Secretariat, through the bot's configuration."
                : $"**{person.Name}** is in the ATT Secretariat through the bot's configuration (Roles:Secretariat); that can only be changed there, not in chat.";

        var changed = grant
            ? store.Grant(person.ChannelId, person.UserId, person.Name, role, region, by.AsActor)
            : store.Revoke(person.ChannelId, person.UserId, role, region, by.AsActor);
        roles.Invalidate();
        return (grant, changed, role) switch
        {
            (true, true, Role.Champion) => $"Done: **{person.Name}** is now {what}. They see restricted outreach details for its states; they still change only their own records.",
            (true, true, _) => $"Done: **{person.Name}** is now {what}.",
            (true, false, _) => $"**{person.Name}** is already {what}.",
            (false, true, _) => $"Done: **{person.Name}** is no longer {what}.",
            _ => $"**{person.Name}** is not {what}.",
        };
    }

    private sealed record Named(string ChannelId, string UserId, string Name);

    /// <summary>The person named in the command, or why they cannot be told apart.</summary>
    private (Named? Person, string? Problem) Resolve(Person by, UserReference reference)
    {
        switch (reference)
        {
            case UserReference.Mentioned m:
                var seen = profiles.Find(by.ChannelId, m.UserId);
                return (new Named(by.ChannelId, m.UserId, seen?.DisplayName ?? Blank(m.Name) ?? m.UserId), null);
            case UserReference.Typed { Text: var text }:
                var found = profiles.FindByIdOrName(text);
                if (found.Count == 1)
                    return (new Named(found[0].ChannelId, found[0].UserId, found[0].DisplayName), null);
                if (found.Count > 1)
                    return (null, $"Several people match “{Shorten(text)}”: {ListWords.Or(found.Select(p => found.Count(q => q.DisplayName == p.DisplayName) > 1 ? $"{p.DisplayName} ({p.UserId})" : p.DisplayName))}. Please @mention the one you mean.");
                // Someone who has not written to the bot yet can still be named by their channel user id.
                return LooksLikeUserId().IsMatch(text)
                    ? (new Named(by.ChannelId, text, text), null)
                    : (null, $"I don't know anyone called “{Shorten(text)}”. Please @mention them, or give their user id; I learn names once people write to me.");
            default:
                throw new InvalidOperationException("Unknown kind of user reference.");
        }
    }

    /// <summary>"roles": the Secretariat (configuration members marked as such) and the champions per region.</summary>
    public string List(Person by)
    {
        if (!roles.ViewerOf(by).IsSecretariat)
            return ListRefusal;
        var grants = roles.Grants;
        var configured = roles.ConfiguredSecretariat;
        var users = configured.Select(e => (Entry: e, User: roles.UserOf(e))).ToList();
        var ids = users.Where(u => u.User is not null).Select(u => u.User!.Value.UserId).ToList();
        var names = ids.Count == 0 ? [] : profiles.FindByUserIds(ids).GroupBy(p => (p.ChannelId, p.UserId))
            .ToDictionary(g => g.Key, g => g.First().DisplayName);

        var text = new StringBuilder("**ATT Secretariat**\n\n");
        foreach (var (entry, user) in users)
            text.Append($"- {(user is { } u && names.TryGetValue(u, out var name) ? $"{name} ({entry})" : entry.ToString())} — configuration\n");
        foreach (var g in grants.Where(g => g.Role == Role.Secretariat && !roles.IsConfiguredSecretariat(g.ChannelId, g.UserId)))
            text.Append($"- {Granted(g)}\n");
        if (configured.Count == 0 && !grants.Any(g => g.Role == Role.Secretariat))
            text.Append("- nobody yet: list members under Roles:Secretariat in the configuration\n");

        text.Append("\n**Regional champions**\n\n");
        var champions = grants.Where(g => g.Role == Role.Champion).ToList();
        foreach (var g in champions)
            text.Append($"- {g.Region}: {Granted(g)}\n");
        if (champions.Count == 0)
            text.Append("- none yet. To add one: **grant champion Oceania @name**\n");
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// "champions" or "champions Oceania", for everyone: who volunteers for which region, so stakeholders know whom to
    /// coordinate with. Names and regions only; who granted it and when stay with the Secretariat's "roles".
    /// A region also lists the champions of the wider regions that contain it (Oceania's champion covers Polynesia).
    /// </summary>
    public string Champions(string? regionText)
    {
        var champions = roles.Grants.Where(g => g.Role == Role.Champion && g.Region is not null).ToList();
        if (Blank(regionText) is not { } text)
            return champions.Count == 0
                ? "No regional champions have been named yet."
                : "**Regional champions**\n\n" + string.Join("\n", champions.GroupBy(g => g.Region!).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"- {g.Key}: {string.Join(", ", g.Select(c => c.UserName).Order(StringComparer.Ordinal))}"));
        if (directory.Regions.Find(text) is not { } region)
            return $"I don't know the region “{text}” — did you mean {ListWords.Or(directory.Regions.Suggest(text))}?";
        var states = region.Countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var covering = champions.Where(g => directory.Regions.Find(g.Region!) is { } r && r.Countries.Any(c => states.Contains(c.Iso3)))
            .OrderBy(g => g.Region, StringComparer.Ordinal).ThenBy(g => g.UserName, StringComparer.Ordinal).ToList();
        return covering.Count == 0
            ? $"{region.Name} has no regional champion yet."
            : $"**Regional champions for {region.Name}**\n\n" + string.Join("\n", covering.Select(g => $"- {g.UserName} ({g.Region})"));
    }

    private static string Granted(RoleGrant g) => $"{g.UserName} — granted by {g.GrantedBy} on {StatusWording.Date(DateOnly.FromDateTime(g.GrantedAt.UtcDateTime))}";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    // Teams "29:1AbC…", Slack "U0123ABC" / "W0123ABC": ids a person cannot be confused with by name.
    [GeneratedRegex(@"^(?:\d+:[A-Za-z0-9_\-\.]+|[UW][A-Z0-9]{6,})$")]
    private static partial Regex LooksLikeUserId();
}
