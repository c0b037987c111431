using System.Text.RegularExpressions;

namespace AttBot.Domain.Commands;

/// <summary>
/// The command words of French and Spanish, as the Teams command menu offers them in each language (manifests/teams/fr.json
/// and es.json) and as people type them: "statut Viet Nam", "estado de Malasia", "aide", "mis registros". They are read
/// into the English command before anything else, so each command's grammar exists once.
/// </summary>
public static partial class CommandWords
{
    // The leading words → the English command. Longer phrases first: "mes inscriptions" before anything shorter.
    private static readonly (Regex Words, string English)[] Leading =
    [
        // The calendar subscription first: "anular la suscripción al calendario" is not "cancel".
        (Words(@"(?:s['’])?abonner\s+(?:au\s+|à\s+l['’]\s*)?(?:calendrier|agenda)|(?:flux|abonnement)\s+(?:du\s+|au\s+|de\s+l['’]\s*|à\s+l['’]\s*)?(?:calendrier|agenda)|calendrier\s+(?:flux|abonnement)"), "calendar feed"),
        (Words(@"r[ée]voquer\s+(?:le\s+|les\s+|mon\s+|mes\s+)?(?:(?:flux|abonnements?)\s+(?:du\s+|au\s+|de\s+l['’]\s*)?)?(?:calendriers?|agendas?)|calendrier\s+r[ée]voquer|(?:se\s+)?d[ée]sabonner\s+(?:du\s+|de\s+l['’]\s*)?(?:calendrier|agenda)"), "calendar revoke"),
        (Words(@"suscribir(?:se)?\s+(?:al\s+)?calendario|suscripci[oó]n\s+(?:al\s+)?calendario|calendario\s+suscripci[oó]n"), "calendar feed"),
        (Words(@"revocar\s+(?:el\s+|los\s+|mi\s+|mis\s+)?(?:suscripci[oó]n(?:es)?\s+(?:al\s+|del\s+)?)?calendarios?|calendario\s+revocar|(?:cancelar|anular)\s+(?:la\s+|mi\s+)?suscripci[oó]n\s+(?:al\s+|del\s+)?calendario"), "calendar revoke"),
        (Words(@"(?:quel\s+est\s+le\s+)?statut(?:\s+(?:de|du|des|d'|d’))?"), "status"),
        (Words(@"(?:cu[aá]l\s+es\s+(?:el\s+)?)?(?:estado|situaci[oó]n)(?:\s+(?:de|del))?"), "status"),
        (Words(@"mes\s+inscriptions|mes\s+d[ée]marches"), "mine"),
        (Words(@"mis\s+registros|mis\s+gestiones"), "mine"),
        (Words(@"inscrire|pr[ée]inscrire"), "register"),
        (Words(@"registrar|inscribir"), "register"),
        (Words(@"d[ée]marches(?:\s+(?:pour|aupr[eè]s\s+de|de|du|des|d'|d’))?"), "outreach"),
        (Words(@"gestiones(?:\s+(?:ante|para|de|del))?"), "outreach"),
        (Words(@"r[ée]gions?|regi[oó]n(?:es)?"), "region"),
        (Words(@"abonner\s+(?:aux\s+)?alertes|s'abonner\s+(?:aux\s+)?alertes"), "subscribe alerts"),
        (Words(@"d[ée]sabonner\s+(?:des\s+)?alertes|se\s+d[ée]sabonner\s+(?:des\s+)?alertes"), "unsubscribe alerts"),
        (Words(@"suscribir(?:se)?\s+(?:a\s+)?(?:las\s+)?alertas"), "subscribe alerts"),
        (Words(@"(?:cancelar|anular)\s+(?:la\s+)?suscripci[oó]n\s+(?:a\s+)?(?:las\s+)?alertas"), "unsubscribe alerts"),
        (Words(@"annuler|cancelar|anular"), "cancel"),
        (Words(@"d[ée]placer|reprogrammer|mover|reprogramar"), "move"),
        (Words(@"termin[ée]e?|fait|realizada|hecho|terminada"), "done"),
        (Words(@"organisation|organizaci[oó]n"), "organization"),
        (Words(@"historique|historial"), "history"),
        (Words(@"champions|championnes|campeones|promotores|promotoras"), "champions"),
        (Words(@"cartes?|mapas?"), "map"),
        (Words(@"priorit[ée]s|prioridades"), "priorities"),
        (Words(@"priorit[ée]|prioridad"), "priority"),
        (Words(@"lacunes|brechas|lagunas"), "gaps"),
        (Words(@"synth[èe]se|bilan|r[ée]sum[ée]|resumen|balance"), "summary"),
        (Words(@"exporter|exportar"), "export"),
        (Words(@"intenci[oó]n"), "intention"),
        (Words(@"r[ôo]les"), "roles"),
    ];

    /// <summary>"aide", "ayuda", "bonjour", "hola": the help card.</summary>
    public static bool IsHelp(string input) => HelpWords().IsMatch(input);

    /// <summary>The text with its leading French or Spanish command words put into English; unchanged otherwise.</summary>
    public static string ToEnglish(string input)
    {
        foreach (var (words, english) in Leading)
        {
            var m = words.Match(input);
            if (m.Success)
                return m.Length == input.Length ? english : english + " " + input[m.Length..].TrimStart();
        }
        return input;
    }

    // The words at the start (after a Spanish opening mark), then the end, a space or a question mark (or an
    // apostrophe already eaten: "statut d'Haïti").
    private static Regex Words(string pattern) =>
        new($@"^(?:[¿¡]\s*)?(?:{pattern})(?=$|[\s?？!.]|(?<=['’]))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^(aide|ayuda|bonjour|salut|hola|buenos\s+d[ií]as|buenas|que\s+sais-tu\s+faire|qu[ée]\s+puedes\s+hacer)[.!?¿¡ ]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpWords();
}
