using System.Text.RegularExpressions;
using AttBot.Domain.Countries;

namespace AttBot.Domain.Commands;

/// <summary>How a person was named in a grant or revoke.</summary>
public abstract record UserReference
{
    /// <summary>A mention: Slack's "&lt;@U0123ABC&gt;" or "&lt;@U0123ABC|maria&gt;"; Teams @mentions are rewritten to the same form.</summary>
    public sealed record Mentioned(string UserId, string? Name) : UserReference;

    /// <summary>Typed words: a raw user id or the display name of someone the bot has seen.</summary>
    public sealed record Typed(string Text) : UserReference;
}

/// <summary>The region (for a champion) and the person of "grant champion Oceania @Maria".</summary>
public sealed record RoleTarget(Region? Region, string? UnknownRegionText, UserReference? User);

public static partial class RoleTargetParser
{
    /// <summary>
    /// Splits "South-eastern Asia Maria Lopez" into region and person. A mention marks the person exactly; without one the
    /// longest leading words that name a region are the region and the rest is the person.
    /// </summary>
    public static RoleTarget Parse(string text, bool needsRegion, RegionDirectory regions)
    {
        text = text.Trim();
        var mention = Mention().Match(text);
        if (mention.Success)
        {
            var user = new UserReference.Mentioned(mention.Groups["id"].Value.Trim(), mention.Groups["name"].Success ? mention.Groups["name"].Value.Trim() : null);
            var before = text[..mention.Index].Trim();
            if (!needsRegion)
                return new RoleTarget(null, null, user);
            return regions.Find(before) is { } region ? new RoleTarget(region, null, user) : new RoleTarget(null, before, user);
        }

        if (!needsRegion)
            return new RoleTarget(null, null, text.Length == 0 ? null : new UserReference.Typed(text));
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = words.Length - 1; take >= 1; take--)
        {
            if (regions.Find(string.Join(' ', words[..take])) is { } region)
                return new RoleTarget(region, null, new UserReference.Typed(string.Join(' ', words[take..])));
        }
        // No leading words name a region: the last word is most likely the person.
        return words.Length > 1
            ? new RoleTarget(null, string.Join(' ', words[..^1]), new UserReference.Typed(words[^1]))
            : new RoleTarget(null, text, null);
    }

    [GeneratedRegex(@"<@(?<id>[^|>\s]+)(?:\|(?<name>[^>]*))?>")]
    private static partial Regex Mention();
}
