using System.Text;
using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.BotFramework.Hosting;

namespace AttBot.Host.Status;

/// <summary>The "StatusImport" configuration section: limits on a depositary file sent to the bot.</summary>
public sealed class StatusImportOptions
{
    /// <summary>Larger files are refused unread (the saved UNTC page is about 180 KB).</summary>
    public int MaxFileBytes { get; set; } = 2_000_000;
    /// <summary>How long a download may take before it is given up.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>
/// Fetches the depositary file a Secretariat member sent in chat. Only the URL the channel put in the attachment is
/// ever fetched (Teams: a personal-scope file's <c>content.downloadUrl</c>; otherwise a text/csv or text/html
/// attachment's <c>contentUrl</c>), never an address typed in a message, with a size cap and a timeout.
/// </summary>
public sealed class StatusFiles(IHttpClientFactory clients, Microsoft.Extensions.Options.IOptions<StatusImportOptions> options)
{
    public const string HttpClientName = "status-files";
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
    private static readonly string[] TextTypes = ["text/csv", "text/html", "text/plain", "application/vnd.ms-excel"];

    /// <summary>The file attached to the message, if any: its name and where to fetch it.</summary>
    public static (string Name, Uri Url)? FindFile(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            var url = attachment.ContentType switch
            {
                TeamsFileDownloadInfo => (attachment.Content as JsonObject)?["downloadUrl"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null,
                { } type when TextTypes.Contains(type, StringComparer.OrdinalIgnoreCase) => attachment.ContentUrl,
                _ => null,
            };
            if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri))
                return (attachment.Name is { Length: > 0 } name ? name : Domain.Language.StatusEditWords.AttachedFile, uri);
        }
        return null;
    }

    /// <summary>The file's text, or the reason it could not be had.</summary>
    public async Task<(string? Text, string? Problem)> DownloadAsync(Uri url, Domain.Language.Language language, CancellationToken cancellationToken)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            return (null, Domain.Language.StatusEditWords.HttpsOnly(language));
        var limit = options.Value.MaxFileBytes;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.DownloadTimeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
                return (null, Domain.Language.StatusEditWords.FetchRefused((int)response.StatusCode, language));
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            if (await BoundedBody.ReadAsync(stream, response.Content.Headers.ContentLength, limit, timeout.Token) is not { } bytes)
                return (null, Domain.Language.StatusEditWords.FileTooLarge(limit / 1000, language));
            using var buffer = new MemoryStream(bytes);
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return (await reader.ReadToEndAsync(timeout.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, Domain.Language.StatusEditWords.FetchTooSlow(language));
        }
        catch (HttpRequestException)
        {
            return (null, Domain.Language.StatusEditWords.FetchFailed(language));
        }
    }
}
