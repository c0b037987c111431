namespace AttBot.Domain.Language;

/// <summary>
/// The welcome and the help in English, French and Spanish, written once for Teams and Slack alike, in Markdown
/// (**bold**; Slack converts it). Each language shows its own command words, those <see cref="Commands.CommandWords"/>
/// reads and the Teams manifests offer (statut/estado, inscrire/registrar, mes inscriptions/mis registros, aide/ayuda,
/// synthèse/resumen, priorités/prioridades, lacunes/brechas…); the commands that have none (grant, set status, import
/// status) stay as typed. <c>c</c> is what goes before
/// each command: nothing in Teams, "/att " in Slack. Only that prefix and how a status table arrives differ by channel.
/// </summary>
public static class HelpWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>The help's lines for everyone, in order.</summary>
    public static IReadOnlyList<string> Lines(string c, Language language = Language.English) =>
    [
        Status(c, language),
        Outreach(c, language),
        OutreachCommands(c, language) + " " + WriteOrMention(language),
        Calendar(c, language),
        Regions(c, language),
    ];

    /// <summary>The Secretariat's lines, shown quieter.</summary>
    /// <param name="files">Whether the status page can be sent here as a file (Teams), or only typed as CSV lines (Slack).</param>
    public static IReadOnlyList<string> SecretariatLines(string c, bool files, Language language = Language.English) =>
        [Alerts(c, language), SecretariatRecords(c, language), StatusEdits(c, files, language)];

    /// <summary>The regional champions' lines: what their role lets them read and ask.</summary>
    public static IReadOnlyList<string> ChampionLines(string c, Language language = Language.English) => [Champion(c, language)];

    public static string SecretariatHeading(Language language) => language switch
    {
        Language.French => "Pour le Secrétariat",
        Language.Spanish => "Para la Secretaría",
        _ => "For the Secretariat",
    };

    public static string ChampionHeading(Language language) => language switch
    {
        Language.French => "Pour les champions régionaux",
        Language.Spanish => "Para los promotores regionales",
        _ => "For regional champions",
    };

    public static string WelcomeHeading(string botName, Language language) => language switch
    {
        Language.French => $"Bienvenue dans {botName}",
        Language.Spanish => $"Bienvenido a {botName}",
        _ => $"Welcome to {botName}",
    };

    public static string WelcomeLead(Language language) => language switch
    {
        Language.French => "J’aide la communauté du Traité sur le commerce des armes à coordonner ses démarches en faveur de l’universalisation.",
        Language.Spanish => "Ayudo a la comunidad del Tratado sobre el Comercio de Armas a coordinar sus actividades de divulgación para la universalización.",
        _ => "I help the Arms Trade Treaty community coordinate universalization outreach.",
    };

    public static string HelpHeading(string botName, Language language) => language switch
    {
        Language.French => $"Ce que fait {botName}",
        Language.Spanish => $"Lo que hace {botName}",
        _ => $"What {botName} can do",
    };

    public static string HelpLead(Language language) => language switch
    {
        Language.French => "Demandez-moi où en est n’importe quel État au regard du Traité sur le commerce des armes.",
        Language.Spanish => "Pregúnteme en qué situación se encuentra cualquier Estado respecto del Tratado sobre el Comercio de Armas.",
        _ => "Ask me where any state stands on the Arms Trade Treaty.",
    };

    /// <summary>The plain text for notifications and clients without cards.</summary>
    public static string Fallback(string heading, string lead, string c, Language language) => language switch
    {
        Language.French => $"{heading}. {lead} Essayez{Nbsp}: {c}statut Viet Nam, {c}inscrire, {c}mes inscriptions, {c}aide.",
        Language.Spanish => $"{heading}. {lead} Pruebe: {c}estado Viet Nam, {c}registrar, {c}mis registros, {c}ayuda.",
        _ => $"{heading}. {lead} Try: {c}status Viet Nam, {c}register, {c}mine, {c}help.",
    };

    public static string Status(string c, Language language) => language switch
    {
        Language.French => $"**Statut**{Nbsp}: demandez n’importe quel État par son nom, son code ou dans l’une des langues de l’ONU{Nbsp}: " +
            $"**{c}statut Viet Nam**, **{c}VNM?**, **{c}越南**.",
        Language.Spanish => "**Situación**: pregunte por cualquier Estado por su nombre, su código o en cualquier idioma de las Naciones Unidas: " +
            $"**{c}estado Viet Nam**, **{c}VNM?**, **{c}越南**.",
        _ => $"**Status**: ask for any state by name, code or in any UN language: **{c}status Viet Nam**, **{c}VNM?**, **{c}越南**.",
    };

    public static string Outreach(string c, Language language) => language switch
    {
        Language.French => $"**Démarches**{Nbsp}: indiquez au Secrétariat ce que vous prévoyez{Nbsp}; je vous préviens, vous et les autres, " +
            $"lorsque des démarches se chevauchent{Nbsp}: **{c}inscrire** (un formulaire), ou en une ligne " +
            $"**{c}inscrire bilatérale Tonga 2027-03-10..2027-03-12 thème adhésion en tant que Mexique**.",
        Language.Spanish => "**Gestiones**: comunique a la Secretaría lo que tiene previsto y le avisaré, a usted y a los demás, cuando " +
            $"las gestiones se superpongan: **{c}registrar** (un formulario), o en una línea " +
            $"**{c}registrar bilateral Tonga 2027-03-10..2027-03-12 tema adhesión como México**.",
        _ => "**Outreach**: tell the Secretariat what you plan, and I warn you and the others when plans overlap: " +
            $"**{c}register** (a form), or in one line **{c}register bilateral Tonga 2027-03-10..2027-03-12 topic accession as Mexico**.",
    };

    public static string OutreachCommands(string c, Language language) => language switch
    {
        Language.French => $"**{c}démarches Tonga** montre ce qui est prévu{Nbsp}; **{c}mes inscriptions** liste les vôtres{Nbsp}; " +
            $"**{c}déplacer OR-0042 2027-04-01**, **{c}fait OR-0042 ce que vous avez appris**, **{c}annuler OR-0042**.",
        Language.Spanish => $"**{c}gestiones Tonga** muestra lo previsto; **{c}mis registros** enumera los suyos; " +
            $"**{c}mover OR-0042 2027-04-01**, **{c}hecho OR-0042 lo que averiguó**, **{c}cancelar OR-0042**.",
        _ => $"**{c}outreach Tonga** shows what is planned; **{c}mine** lists yours; **{c}move OR-0042 2027-04-01**, " +
            $"**{c}done OR-0042 what you found**, **{c}cancel OR-0042**.",
    };

    /// <summary>The bot also answers a direct message or a mention, on either channel.</summary>
    public static string WriteOrMention(Language language) => language switch
    {
        Language.French => "Vous pouvez aussi m’écrire directement ou me mentionner.",
        Language.Spanish => "También puede escribirme directamente o mencionarme.",
        _ => "You can also write to me directly or mention me.",
    };

    public static string Calendar(string c, Language language) => language switch
    {
        Language.French => $"**{c}abonner calendrier** vous donne un abonnement personnel pour Outlook ou Google Agenda, avec les démarches " +
            $"que vous pouvez voir (**{c}abonner calendrier Océanie** pour une seule région){Nbsp}; **{c}révoquer calendrier** y met fin.",
        Language.Spanish => $"**{c}suscribir calendario** le da una suscripción personal para Outlook o Google Calendar, con las gestiones " +
            $"que usted puede ver (**{c}suscribir calendario Oceanía** para una sola región); **{c}revocar calendario** le pone fin.",
        _ => $"**{c}calendar feed** gives you a private subscription for Outlook or Google Calendar with the outreach you may see " +
            $"(**{c}calendar feed Oceania** for one region); **{c}calendar revoke** ends it.",
    };

    public static string Regions(string c, Language language) => language switch
    {
        Language.French => $"**Régions**{Nbsp}: **{c}région Océanie** (ou une sous-région, **{c}région Caraïbes**, ou un groupe régional de l’ONU) " +
            $"donne les parties, les signataires, les États restant à atteindre et les démarches prévues{Nbsp}; **{c}région** seul, le tableau mondial" +
            $"{Nbsp}; **{c}champions Océanie** nomme les champions régionaux.",
        Language.Spanish => $"**Regiones**: **{c}región Oceanía** (o una subregión, **{c}región Caribe**, o un grupo regional de las Naciones Unidas) " +
            $"indica las partes, los signatarios, los Estados por alcanzar y las gestiones previstas; **{c}región** por sí sola, el cuadro mundial" +
            $"; **{c}promotores Oceanía** indica los promotores regionales.",
        _ => $"**Regions**: **{c}region Oceania** (or a sub-region, **{c}region Caribbean**, or a UN regional group) gives parties, " +
            $"signatories, the states still to reach and planned outreach; **{c}region** alone, the world table" +
            $"; **{c}champions Oceania** names the regional champions.",
    };

    /// <summary>The Secretariat's records and roles: each command beside what it gives.</summary>
    public static string SecretariatRecords(string c, Language language) => language switch
    {
        Language.French => $"Secrétariat{Nbsp}: **{c}historique OR-0042** pour l’historique d’une inscription, **{c}exporter csv 2027** pour les exportations, " +
            $"**{c}synthèse 2027** pour le bilan d’une période, **{c}priorités Afrique** et **{c}lacunes Afrique** pour les priorités et les lacunes d’une région{Nbsp}; " +
            $"**{c}grant champion Oceania @nom** et **{c}rôles** pour les rôles.",
        Language.Spanish => $"Secretaría: **{c}historial OR-0042** para el historial de un registro, **{c}exportar csv 2027** para las exportaciones, " +
            $"**{c}resumen 2027** para el balance de un período, **{c}prioridades África** y **{c}brechas África** para las prioridades y las brechas de una región; " +
            $"**{c}grant champion Oceania @nombre** y **{c}roles** para las funciones.",
        _ => $"Secretariat: **{c}history OR-0042** for a registration's history, **{c}export csv 2027** for exports, " +
            $"**{c}summary 2027** for a period's summary, **{c}priorities Africa** and **{c}gaps Africa** for a region's priorities and gaps; " +
            $"**{c}grant champion Oceania @name** and **{c}roles** for roles.",
    };

    public static string Champion(string c, Language language) => language switch
    {
        Language.French => $"Champion régional{Nbsp}: vous voyez les inscriptions restreintes qui touchent votre région, et je vous écris dans " +
            $"notre conversation individuelle à chaque nouvelle inscription qui la touche{Nbsp}; **{c}priorités Océanie** et **{c}lacunes Océanie** " +
            $"donnent ses priorités et ses lacunes, **{c}intention** consigne l’intention déclarée d’un de ses États.",
        Language.Spanish => "Promotor regional: usted ve los registros restringidos que alcanzan a su región, y le escribo en nuestro chat " +
            $"individual con cada nuevo registro que la alcanza; **{c}prioridades Oceanía** y **{c}brechas Oceanía** indican sus prioridades " +
            $"y sus brechas, **{c}intención** consigna la intención declarada de uno de sus Estados.",
        _ => "Regional champion: you see the restricted registrations that reach your region, and I write to you in our 1:1 chat " +
            $"whenever a new registration reaches it; **{c}priorities Oceania** and **{c}gaps Oceania** give its priorities and gaps, " +
            $"**{c}intention** records a declared intention of one of its states.",
    };

    public static string Alerts(string c, Language language) => language switch
    {
        Language.French => $"Secrétariat{Nbsp}: **{c}abonner alertes** dans une conversation pour y recevoir une alerte à chaque double emploi possible.",
        Language.Spanish => $"Secretaría: **{c}suscribir alertas** en una conversación para recibir allí una alerta por cada posible duplicación.",
        _ => $"Secretariat: **{c}subscribe alerts** in a conversation to get every possible duplication there.",
    };

    /// <param name="files">Whether the status page can be sent here as a file (Teams), or only typed as CSV lines (Slack).</param>
    public static string StatusEdits(string c, bool files, Language language) => (files, language) switch
    {
        (true, Language.French) => $"Secrétariat{Nbsp}: **{c}set status Tonga party 2026-03-02** tient à jour la fiche d’un État{Nbsp}; envoyez la page " +
            "de statut de la Collection des traités des Nations Unies (HTML ou CSV), ou **import status** suivi de lignes CSV, pour la comparer et l’appliquer.",
        (false, Language.French) => $"Secrétariat{Nbsp}: **{c}set status Tonga party 2026-03-02** tient à jour la fiche d’un État{Nbsp}; **{c}import status** " +
            "suivi de lignes CSV compare le tableau de la Collection des traités des Nations Unies et vous permet de l’appliquer (les fichiers peuvent être envoyés dans Teams).",
        (true, Language.Spanish) => $"Secretaría: **{c}set status Tonga party 2026-03-02** mantiene al día la ficha de un Estado; envíe la página de " +
            "situación de la Colección de Tratados de las Naciones Unidas (HTML o CSV), o **import status** seguido de líneas CSV, para compararla y aplicarla.",
        (false, Language.Spanish) => $"Secretaría: **{c}set status Tonga party 2026-03-02** mantiene al día la ficha de un Estado; **{c}import status** " +
            "seguido de líneas CSV compara el cuadro de la Colección de Tratados de las Naciones Unidas y le permite aplicarlo (los archivos pueden enviarse en Teams).",
        (true, _) => $"Secretariat: **{c}set status Tonga party 2026-03-02** keeps a state's record current; send the UN Treaty Collection status page " +
            "(HTML or CSV), or **import status** with CSV lines, to compare and apply it.",
        _ => $"Secretariat: **{c}set status Tonga party 2026-03-02** keeps a state's record current; **{c}import status** followed by " +
            "CSV lines compares the UN Treaty Collection table and lets you apply it (files can be sent in Teams).",
    };

    public static string TryOne(Language language) => language switch
    {
        Language.French => $"Essayez par exemple{Nbsp}:",
        Language.Spanish => "Pruebe, por ejemplo:",
        _ => "Try one:",
    };

    /// <summary>The example buttons' titles; what they send stays the English command, which every language reads.</summary>
    public static IReadOnlyList<(string Title, string Command)> Examples(Language language) => language switch
    {
        Language.French => [("statut Viet Nam", "status Viet Nam"), ("inscrire une démarche", "register"), ("mes inscriptions", "mine"), ("aide", "help")],
        Language.Spanish => [("estado Viet Nam", "status Viet Nam"), ("registrar una gestión", "register"), ("mis registros", "mine"), ("ayuda", "help")],
        _ => [("status Viet Nam", "status Viet Nam"), ("register outreach", "register"), ("my registrations", "mine"), ("help", "help")],
    };
}
