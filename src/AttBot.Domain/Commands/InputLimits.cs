using System.Globalization;

namespace AttBot.Domain.Commands;

/// <summary>
/// Every limit on what a person types, in one place. Input over a limit is refused with a sentence that names the
/// limit (<see cref="TooLong"/>), and nothing of it is kept: nothing typed is ever cut short and stored.
/// </summary>
public static class InputLimits
{
    /// <summary>One command as typed. The longest honest one-line registration (60 states, partners, a note) fits.</summary>
    public const int Command = 4000;

    /// <summary>Who a person acts for.</summary>
    public const int Organization = 120;

    /// <summary>The partners of one registration.</summary>
    public const int Partners = 500;

    /// <summary>A registration's note, and what was found ("done OR-0042 …").</summary>
    public const int Notes = 1000, Findings = 1000;

    /// <summary>A declared intention: where it was said, and what.</summary>
    public const int IntentionWhere = 200, IntentionStatement = 1000;

    /// <summary>States named in one registration (a region stands for more).</summary>
    public const int States = 60;

    /// <summary>Fields in one submitted form: the registration form has fewer than twenty.</summary>
    public const int FormFields = 40;

    /// <summary>One field of a submitted form, whatever it is: more is not a form a person filled in.</summary>
    public const int FormFieldText = Command;

    /// <summary>"The note is 1,204 characters long; the most is 1,000."</summary>
    public static string TooLong(string what, int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} is {length:N0} characters long; the most is {limit:N0}.");
}
