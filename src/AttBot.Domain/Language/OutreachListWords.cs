using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// The lists of registrations ("outreach Tonga", "mine", the Slack Home) in English, French and Spanish: their titles,
/// what an empty list says, and the lines of each plan. French agrees with « démarche », Spanish with «gestión»; the
/// commands named are the reader's own (inscrire, registrar), which the bot reads as it reads "register".
/// French puts a no-break space before a colon.
/// </summary>
public static class OutreachListWords
{
    /// <summary>The action that draws a shared list again for one reader, with what they may see of it.</summary>
    public static string ShowMyView(Language language) => language switch
    {
        Language.French => "Afficher ce que je peux voir",
        Language.Spanish => "Mostrar lo que puedo ver",
        _ => "Show what I may see",
    };

    private const char Nbsp = '\u00A0';

    public static string ForState(string state, Language language) => language switch
    {
        Language.French => $"Démarches auprès de {state}",
        Language.Spanish => $"Gestiones ante {state}",
        _ => $"Outreach for {state}",
    };

    /// <summary>Markdown (**bold**).</summary>
    public static string NoneForState(string state, Language language) => language switch
    {
        Language.French => $"Aucune démarche auprès de {state} n’est inscrite. Tapez **inscrire** pour ajouter la vôtre.",
        Language.Spanish => $"No hay ninguna gestión registrada ante {state}. Escriba **registrar** para añadir la suya.",
        _ => $"No outreach to {state} is registered. Type **register** to add yours.",
    };

    public static string Mine(Language language) => language switch
    {
        Language.French => "Vos inscriptions",
        Language.Spanish => "Sus registros",
        _ => "Your registrations",
    };

    /// <summary>Markdown (**bold**).</summary>
    public static string NoneOfYours(Language language) => language switch
    {
        Language.French => "Vous n’avez encore inscrit aucune démarche. Tapez **inscrire** pour commencer.",
        Language.Spanish => "Todavía no ha registrado ninguna gestión. Escriba **registrar** para empezar.",
        _ => "You have not registered any outreach yet. Type **register** to start.",
    };

    /// <summary>Below the plans shown, how many are left out.</summary>
    public static string More(int count, Language language) => language switch
    {
        Language.French => $"…et {Formats.Number(count, language)} autres.",
        Language.Spanish => $"…y {Formats.Number(count, language)} más.",
        _ => $"…and {count} more.",
    };
}
