using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Commands;

/// <summary>
/// The commands that the buttons of a question send back ("register anyway …", "confirm cancel OR-0042", "keep OR-0042"):
/// English on every channel and in every language, as typed commands are, so a click is read, journaled and answered
/// like the same words typed.
/// </summary>
public static class AskBeforeCommands
{
    /// <summary>
    /// Every click of the same question's "Register anyway" carries the same key, and registers under it once: derived
    /// from the delivery that asked, so nothing has to be kept meanwhile.
    /// </summary>
    public static string KeyOf(string askingSourceKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(askingSourceKey)))[..16];

    public static string RegisterAnyway(string key, string typedText) => $"register anyway #{key} {typedText}";

    /// <summary>
    /// "Register anyway" after a form carries the form's fields (after "form:") instead of a typed line: no line starts
    /// so, its first word being the kind or a state.
    /// </summary>
    public const string FormPrefix = "form:";

    public static bool IsForm(string anywayText) => anywayText.StartsWith(FormPrefix, StringComparison.OrdinalIgnoreCase);

    public const string DiscardRegistration = "discard registration";

    /// <summary>
    /// "change OR-0042 #1a2b… bilateral Tonga …": how to change the earlier registration into what was asked about,
    /// which the command carries as "register anyway" does, so the answer can tell what differs and offer to register it.
    /// </summary>
    public static string ChangeInstead(string publicId, string key, string anywayText) => $"change {publicId} #{key} {anywayText}";

    /// <summary>"change OR-0042 2027-04-01..2027-04-03": how to move it to those dates (what a question too long for the above carries).</summary>
    public static string ChangeInstead(string publicId, DateWindow window) => $"change {publicId} {Dates(window)}";

    /// <summary>What differs is told when the button can carry what was asked about (<paramref name="limit"/>, the channel's); otherwise the move to its dates.</summary>
    public static string ChangeInstead(OutreachPlan planned, OutreachPlan earlier, string key, string typedText, int limit) =>
        ChangeInstead(earlier.PublicId, key, typedText) is { } carried && carried.Length <= limit ? carried : ChangeInstead(earlier.PublicId, planned.Window);

    public static string Cancel(string publicId) => $"cancel {publicId}";

    public static string Move(string publicId, DateWindow window) => $"move {publicId} {Dates(window)}";

    public static string ConfirmCancel(string publicId) => $"confirm cancel {publicId}";

    public static string ConfirmDone(string publicId, string findings) => $"confirm done {publicId} {findings}";

    public static string Keep(string publicId) => $"keep {publicId}";

    private static string Dates(DateWindow window) => window.Start == window.End
        ? window.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{window.Start:yyyy-MM-dd}..{window.End:yyyy-MM-dd}");
}
