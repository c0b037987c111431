using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;

namespace AttBot.Host.Conversations;

/// <summary>
/// What a submitted form held, carried on the "Register anyway" button of the question it was asked ("register anyway
/// #key form:…"), so the click stores exactly that form and nothing has to be kept meanwhile.
/// </summary>
/// <remarks>
/// Not the one-line grammar: partners, notes or an organization may hold quotes, clause words or dates that a line
/// would read otherwise, so a line would not always give back what the form held. The form's own fields instead,
/// compressed to fit a Slack button, and read back by <see cref="RegistrationFormValues"/>: a forged button is checked
/// exactly like a forged form, no further.
/// </remarks>
public static class FormAnyway
{
    /// <summary>Far above any honest form (a few kilobytes at most): a button that inflates beyond it is not read.</summary>
    private const int MostInflated = 64 * 1024;

    public static string Write(RegistrationRequest request)
    {
        var fields = new JsonObject();
        void Add(string field, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                fields[field] = value;
        }
        Add(RegistrationFields.Organization, request.Organization);
        Add(RegistrationFields.Kind, request.Kind?.ToString().ToLowerInvariant());
        // Each name as the form gave it (a picked code or a typed name); the form's reader splits them at commas, which no name holds.
        Add(RegistrationFields.Countries, string.Join(",", request.CountryNames));
        Add(RegistrationFields.Region, request.RegionName);
        Add(RegistrationFields.Start, request.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(RegistrationFields.End, request.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(RegistrationFields.Topics, string.Join(",", request.Topics.Select(t => t.ToString().ToLowerInvariant())));
        Add(RegistrationFields.Partners, request.Partners);
        Add(RegistrationFields.Restricted, request.Restricted ? "true" : null);
        Add(RegistrationFields.Notes, request.Notes);

        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize))
            deflate.Write(Encoding.UTF8.GetBytes(fields.ToJsonString()));
        return AskBeforeCommands.FormPrefix + Convert.ToBase64String(packed.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The form again, checked as a submitted form is; null when the text is not one that <see cref="Write"/> wrote.</summary>
    public static (RegistrationRequest Request, List<RegistrationProblem> Problems)? Read(string text, Domain.Language.Language language)
    {
        if (!AskBeforeCommands.IsForm(text))
            return null;
        try
        {
            var base64 = text[AskBeforeCommands.FormPrefix.Length..].Trim().Replace('-', '+').Replace('_', '/');
            var packed = Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
            using var deflate = new DeflateStream(new MemoryStream(packed), CompressionMode.Decompress);
            var buffer = new byte[MostInflated + 1];
            var length = 0;
            for (int read; length < buffer.Length && (read = deflate.Read(buffer, length, buffer.Length - length)) > 0;)
                length += read;
            if (length > MostInflated)
                return null;
            return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length)) is JsonObject fields ? RegistrationFormValues.Read(fields, language) : null;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
