namespace AttBot.Domain.Language;

/// <summary>
/// The help and welcome lines, in Markdown, the same on every channel. <c>command</c> is what a command starts with
/// there: nothing in Teams, "/att " in Slack. What a channel can or cannot do (files) is said by the channel's line.
/// </summary>
public static class HelpWords
{
    public const string HelpLead = "Ask me where any state stands on the Arms Trade Treaty.";

    public const string WelcomeLead = "I help the Arms Trade Treaty community coordinate universalization outreach.";

    public static IReadOnlyList<string> Lines(string command) =>
    [
        $"**Status**: ask for any state by name, code or in any UN language: **{command}status Viet Nam**, **{command}VNM?**, **{command}越南**.",
        "**Outreach**: tell the Secretariat what you plan, and I warn you and the others when plans overlap: " +
        $"**{command}register** (a form), or in one line **{command}register bilateral Tonga 2027-03-10..2027-03-12 topic accession as Mexico**.",
        $"**{command}outreach Tonga** shows what is planned; **{command}mine** lists yours; **{command}move OR-0042 2027-04-01**, " +
        $"**{command}done OR-0042 what you found**, **{command}cancel OR-0042**. You can also write to me directly or mention me.",
        $"**{command}calendar feed** gives you a private subscription for Outlook or Google Calendar with the outreach you may see " +
        $"(**{command}calendar feed Oceania** for one region); **{command}calendar revoke** ends it.",
        $"**Regions**: **{command}region Oceania** (or a sub-region, **{command}region Caribbean**, or a UN regional group) gives parties, " +
        $"signatories, the states still to reach and planned outreach; **{command}region** alone, the world table; " +
        $"**{command}champions Oceania** names the regional champions.",
    ];

    /// <param name="importHowTo">How the status table reaches the bot on this channel (Teams takes files, Slack pasted lines).</param>
    public static IReadOnlyList<string> SecretariatLines(string command, string importHowTo) =>
    [
        $"Secretariat: **{command}subscribe alerts** in a conversation to get every possible duplication there.",
        $"Secretariat: **{command}set status Tonga party 2026-03-02** keeps a state's record current; {importHowTo}",
    ];

    public const string ImportByFileOrLines = "send the UN Treaty Collection status page (HTML or CSV), or **import status** with CSV lines, to compare and apply it.";

    public static string ImportByLines(string command) =>
        $"**{command}import status** followed by CSV lines compares the UN Treaty Collection table and lets you apply it (files can be sent in Teams).";
}
