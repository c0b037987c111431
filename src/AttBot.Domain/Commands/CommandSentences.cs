using AttBot.Domain.Language;

namespace AttBot.Domain.Commands;

/// <summary>
/// The sentences that answer the conversation itself rather than a question about the treaty, for every channel, in
/// English, French and Spanish. Examples use the reader's own command words where <see cref="CommandWords"/> reads
/// them; the Secretariat's commands that have none stay as typed in English.
/// </summary>
public static class CommandSentences
{
    private const char Nbsp = '\u00A0';

    /// <summary>A command typed without what it needs: how to write it.</summary>
    public static string Usage(BotCommand.Usage usage, Language.Language language = Language.Language.English)
    {
        var (command, example) = InWords(usage, language);
        return language switch
        {
            Language.Language.French => $"Pour utiliser **{command}**, tapez par exemple{Nbsp}: **{example}**",
            Language.Language.Spanish => $"Para usar **{command}**, escriba por ejemplo: **{example}**",
            _ => $"To use **{command}**, type for example: **{example}**",
        };
    }

    public const string Thanks = "You're welcome. Type **help** whenever you need me.";

    /// <summary>The answer to "merci", "gracias", "thanks".</summary>
    public static string ThanksIn(Language.Language language) => language switch
    {
        Language.Language.French => "Je vous en prie. Tapez **aide** chaque fois que vous aurez besoin de moi.",
        Language.Language.Spanish => "De nada. Escriba **ayuda** siempre que me necesite.",
        _ => Thanks,
    };

    // The command and its example in the reader's words, for the commands French and Spanish have words for.
    private static (string Command, string Example) InWords(BotCommand.Usage usage, Language.Language language) => (usage.Command, language) switch
    {
        ("status", Language.Language.French) => ("statut", "statut Viet Nam"),
        ("status", Language.Language.Spanish) => ("estado", "estado Viet Nam"),
        ("outreach", Language.Language.French) => ("démarches", "démarches Tonga"),
        ("outreach", Language.Language.Spanish) => ("gestiones", "gestiones Tonga"),
        ("cancel", Language.Language.French) => ("annuler", "annuler OR-0042"),
        ("cancel", Language.Language.Spanish) => ("cancelar", "cancelar OR-0042"),
        ("done", Language.Language.French) => ("fait", $"fait OR-0042 rencontré le conseiller juridique{Nbsp}; projet de loi d’adhésion attendu en juin"),
        ("done", Language.Language.Spanish) => ("hecho", "hecho OR-0042 reunión con el asesor jurídico; proyecto de ley de adhesión previsto para junio"),
        ("move", Language.Language.French) => ("déplacer", "déplacer OR-0042 2027-04-01..2027-04-03"),
        ("move", Language.Language.Spanish) => ("mover", "mover OR-0042 2027-04-01..2027-04-03"),
        ("history", Language.Language.French) => ("historique", "historique OR-0042 (ou historique Tonga)"),
        ("history", Language.Language.Spanish) => ("historial", "historial OR-0042 (o historial Tonga)"),
        ("subscribe", Language.Language.French) => ("abonner", "abonner alertes"),
        ("subscribe", Language.Language.Spanish) => ("suscribir", "suscribir alertas"),
        _ => (usage.Command, usage.Example),
    };
}
