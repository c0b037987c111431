using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// One member listed in <c>Roles:Secretariat</c>, bound to its channel:
/// <c>msteams:&lt;Entra object id&gt;</c>, matched only against the <c>aadObjectId</c> of an msteams activity (whose
/// channel the token's endorsements vouch for; never against <c>from.id</c>, which a client may choose), or
/// <c>slack:&lt;workspace id&gt;/&lt;user id&gt;</c>, matched against the ids of a signed Slack request.
/// </summary>
public sealed partial record SecretariatEntry(string ChannelId, string Id, string? Workspace)
{
    public const string Teams = "msteams", Slack = "slack";

    public const string HowToWrite =
        "Write a Teams member as msteams:<Entra object id> (for example msteams:6f1c2d3e-0000-4000-8000-000000000001) and a " +
        "Slack member as slack:<workspace id>/<user id> (for example slack:T0123ABC/U0456DEF).";

    /// <summary>The entry, or a sentence saying why it cannot be read.</summary>
    public static (SecretariatEntry? Entry, string? Problem) Parse(string? written)
    {
        var text = written?.Trim() ?? "";
        if (TeamsForm().Match(text) is { Success: true } teams)
            return (new SecretariatEntry(Teams, teams.Groups["aad"].Value, null), null);
        if (SlackForm().Match(text) is { Success: true } slack)
            return (new SecretariatEntry(Slack, slack.Groups["user"].Value, slack.Groups["team"].Value), null);
        var why = text.Length == 0 ? "is empty"
            : text.StartsWith("29:", StringComparison.Ordinal) || text.StartsWith("msteams:29:", StringComparison.OrdinalIgnoreCase)
                ? "is a Teams user id (29:…), which a client can choose; give the person's Entra object id instead"
            : text.StartsWith("msteams:", StringComparison.OrdinalIgnoreCase) ? "does not hold an Entra object id after msteams:"
            : text.StartsWith("slack:", StringComparison.OrdinalIgnoreCase) ? "does not hold a workspace id and a user id after slack: (T…/U…)"
            : "does not say its channel";
        return (null, $"Roles:Secretariat entry “{text}” {why}. {HowToWrite}");
    }

    /// <summary>Whether this entry names the person, on the person's own channel only.</summary>
    public bool Matches(Person person) => ChannelId switch
    {
        Teams => person.ChannelId == Teams && person.AadObjectId is { Length: > 0 } aad && aad.Equals(Id, StringComparison.OrdinalIgnoreCase),
        Slack => person.ChannelId == Slack && person.UserId == Id && person.Workspace == Workspace,
        _ => false,
    };

    public override string ToString() => Workspace is null ? $"{ChannelId}:{Id}" : $"{ChannelId}:{Workspace}/{Id}";

    // An Entra object id is a GUID; letters, digits and hyphens are allowed so that the Agents Playground's fixed user
    // (a GUID-like id with a longer last group) can be listed too. Never a colon: "29:…" is a from.id.
    [GeneratedRegex(@"^msteams:(?<aad>[A-Za-z0-9][A-Za-z0-9-]{0,63})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamsForm();

    [GeneratedRegex(@"^slack:(?<team>[TE][A-Z0-9]{1,20})/(?<user>[UW][A-Z0-9]{1,20})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlackForm();
}

/// <summary>Refuses at startup a Roles:Secretariat entry whose channel cannot be told, saying how to write it.</summary>
public sealed class RolesOptionsValidation : IValidateOptions<RolesOptions>
{
    public ValidateOptionsResult Validate(string? name, RolesOptions options)
    {
        var problems = options.Secretariat.Select(e => SecretariatEntry.Parse(e).Problem).OfType<string>().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
