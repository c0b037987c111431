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

    /// <summary>A message longer than any command: refused whole, nothing of it read or kept.</summary>
    public static string TooLong(int length, int limit, Language.Language language)
    {
        var (n, max) = (Formats.Number(length, language), Formats.Number(limit, language));
        return language switch
        {
            Language.Language.French => $"Ce message compte {n} caractères{Nbsp}; j’en lis au plus {max} par commande, je n’en ai donc rien fait. " +
                "Veuillez l’envoyer en plusieurs parties, et placer les notes longues dans un document partagé dont vous donnerez le lien.",
            Language.Language.Spanish => $"Ese mensaje tiene {n} caracteres; leo como máximo {max} por comando, así que no hice nada con él. " +
                "Envíelo en partes más cortas, y coloque las notas largas en un documento compartido e indique su enlace.",
            _ => $"That message is {n} characters long; I read at most {max} in one command, so I did nothing with it. " +
                "Please send it in shorter parts, and put long notes in a shared document and give its link.",
        };
    }

    /// <summary>A failed turn, told briefly: never the internals.</summary>
    public static string WentWrong(Language.Language language) => language switch
    {
        Language.Language.French => "Désolé, un problème est survenu de mon côté et je n’ai pas pu répondre. Veuillez réessayer dans un instant.",
        Language.Language.Spanish => "Lo siento, algo falló por mi parte y no pude responder. Vuelva a intentarlo en un momento.",
        _ => "Sorry, something went wrong on my side and I could not answer. Please try again in a moment.",
    };

    /// <summary>A Slack form that could not be taken in: shown under its field.</summary>
    public static string FormWentWrong(Language.Language language) => language switch
    {
        Language.Language.French => "Un problème est survenu de notre côté. Veuillez réessayer.",
        Language.Language.Spanish => "Algo falló por nuestra parte. Vuelva a intentarlo.",
        _ => "Something went wrong on our side. Please try again.",
    };

    /// <summary>A reader's own view of a shared card asked for after it was forgotten.</summary>
    public static string ViewGone(Language.Language language) => language switch
    {
        Language.Language.French => "Cet affichage ne peut plus être présenté. Veuillez me reposer la question.",
        Language.Language.Spanish => "Esa vista ya no puede mostrarse. Vuelva a preguntarme.",
        _ => "That view cannot be shown again. Please ask me once more.",
    };

    /// <summary>A card's action the bot does not know (a card from an older version).</summary>
    public static string UnknownAction(string verb, Language.Language language) => language switch
    {
        Language.Language.French => $"Je ne connais pas l’action «{Nbsp}{verb}{Nbsp}». Tapez **aide** pour voir ce que je sais faire.",
        Language.Language.Spanish => $"No conozco la acción «{verb}». Escriba **ayuda** para ver lo que puedo hacer.",
        _ => $"I don't know the action '{verb}'. Type **help** to see what I can do.",
    };

    /// <summary>A Slack slash command the app answers to but the bot does not register (a manifest out of step).</summary>
    public static string UnknownSlashCommand(string command, Language.Language language) => language switch
    {
        Language.Language.French => $"AttBot ne connaît pas la commande {command}.",
        Language.Language.Spanish => $"AttBot no conoce el comando {command}.",
        _ => $"AttBot does not know the command {command}.",
    };

    /// <summary>Told once to someone writing faster than the bot answers; what they send meanwhile is not processed.</summary>
    public static string SlowDown(Language.Language language) => language switch
    {
        Language.Language.French => "Vous m’envoyez des messages plus vite que je ne peux y répondre. Veuillez patienter quelques secondes, puis réessayer.",
        Language.Language.Spanish => "Me está enviando mensajes más rápido de lo que puedo responderlos. Espere unos segundos y vuelva a intentarlo.",
        _ => "You're sending messages faster than I can answer them. Please wait a few seconds and try again.",
    };

    /// <summary>Said where others read along, when the answer went to the asker's 1:1 chat (<paramref name="sent"/>) or could not.</summary>
    public static string ForYouAlone(bool sent, Language.Language language) => (sent, language) switch
    {
        (true, Language.Language.French) => $"Cette réponse ne concerne que vous{Nbsp}; je vous l’ai donc envoyée dans notre conversation privée.",
        (false, Language.Language.French) => $"Cette réponse ne concerne que vous{Nbsp}; je ne la publierai donc pas ici. " +
            "Veuillez ouvrir une conversation privée avec AttBot et m’y poser la question.",
        (true, Language.Language.Spanish) => "Esta respuesta es solo para usted, así que se la he enviado a nuestro chat privado.",
        (false, Language.Language.Spanish) => "Esta respuesta es solo para usted, así que no la publicaré aquí. Abra un chat privado con AttBot y pregúnteme allí.",
        (true, _) => "This answer is for you alone, so I've sent it to our 1:1 chat.",
        _ => "This answer is for you alone, so I won't post it here. Please open a 1:1 chat with AttBot and ask me there.",
    };

    /// <summary>Someone of an organization (tenant) the bot does not serve; their client's locale is all that is read of them.</summary>
    public static string NotAvailable(Language.Language language) => language switch
    {
        Language.Language.French => "Désolé, AttBot n’est pas disponible pour votre organisation. Veuillez contacter le Secrétariat du TCA si vous pensez qu’il devrait l’être.",
        Language.Language.Spanish => "Lo sentimos, AttBot no está disponible para su organización. Póngase en contacto con la Secretaría del TCA si cree que debería estarlo.",
        _ => "Sorry, AttBot is not available to your organization. Please contact the ATT Secretariat if you think it should be.",
    };

    /// <summary>A Slack workspace the bot does not serve: nothing of the request is read or stored.</summary>
    public static string NotAvailableToWorkspace(Language.Language language) => language switch
    {
        Language.Language.French => "Désolé, AttBot n’est pas disponible pour votre espace de travail. Veuillez contacter le Secrétariat du TCA si vous pensez qu’il devrait l’être.",
        Language.Language.Spanish => "Lo sentimos, AttBot no está disponible para su espacio de trabajo. Póngase en contacto con la Secretaría del TCA si cree que debería estarlo.",
        _ => "Sorry, AttBot is not available to your workspace. Please contact the ATT Secretariat if you think it should be.",
    };

    /// <summary>Slack's request refused because the work queue is full: nothing of it was done.</summary>
    public static string Busy(Language.Language language) => language switch
    {
        Language.Language.French => "AttBot est très sollicité en ce moment. Veuillez réessayer dans une minute.",
        Language.Language.Spanish => "AttBot está muy ocupado en este momento. Vuelva a intentarlo dentro de un minuto.",
        _ => "AttBot is very busy right now. Please try again in a minute.",
    };

    /// <summary>A Slack request that could not be stored before its acknowledgement: nothing was changed.</summary>
    public static string NotTakenIn(Language.Language language) => language switch
    {
        Language.Language.French => "Désolé, AttBot n’a pas pu prendre cette demande en compte pour l’instant, et rien n’a été modifié. Veuillez la renvoyer dans un instant.",
        Language.Language.Spanish => "Lo sentimos, AttBot no pudo recibir esa solicitud en este momento, así que no se modificó nada. Vuelva a enviarla en un momento.",
        _ => "Sorry, AttBot could not take that in just now, so nothing was changed. Please send it again in a moment.",
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
