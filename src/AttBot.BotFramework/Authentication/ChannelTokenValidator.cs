using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AttBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Authentication;

/// <summary>
/// Validates the Bearer token the Bot Connector (Teams) sends with every activity, as botbuilder's ChannelValidation
/// does: RS256/384/512 signature by a key from the channel's OpenID metadata, that key endorsed for the activity's
/// channel, the Bot Framework issuer, audience = our App ID, not expired (5 minutes of clock skew), and the
/// token's serviceurl claim equal to the activity's serviceUrl, so a token cannot be replayed to make the bot
/// post somewhere else. Every failure says why, for the log; the token itself is never logged.
/// </summary>
public sealed class ChannelTokenValidator(OpenIdKeyCache keys, IOptions<BotFrameworkOptions> options, TimeProvider time)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public async Task<AuthenticateRequestResult> ValidateAsync(string authHeader, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!authHeader.StartsWith("Bearer ", StringComparison.Ordinal))
            return Fail("the Authorization header is not a Bearer token");
        var parts = authHeader[7..].Trim().Split('.');
        if (parts.Length != 3)
            return Fail("the token is not a JWT");

        JsonElement header, payload;
        byte[] signature;
        try
        {
            header = JsonDocument.Parse(Base64Url.Decode(parts[0])).RootElement;
            payload = JsonDocument.Parse(Base64Url.Decode(parts[1])).RootElement;
            signature = Base64Url.Decode(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return Fail("the token is not well-formed base64url JSON");
        }
        if (header.ValueKind != JsonValueKind.Object || payload.ValueKind != JsonValueKind.Object)
            return Fail("the token's header or payload is not a JSON object");

        var hash = String(header, "alg") switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => (HashAlgorithmName?)null,
        };
        if (hash is null)
            return Fail($"the signing algorithm '{String(header, "alg")}' is not allowed (RS256, RS384, RS512 only)");
        if (String(header, "kid") is not { Length: > 0 } keyId)
            return Fail("the token names no signing key (kid)");

        // The issuer is read before the signature is checked only to choose where the keys come from; it is checked below.
        var issuer = String(payload, "iss");
        if (issuer is null || !settings.ValidIssuers.Contains(issuer, StringComparer.Ordinal))
            return Fail($"the issuer '{issuer}' is not {string.Join(" or ", settings.ValidIssuers)}");
        var key = await keys.FindKeyAsync(settings.ToBotFromChannelOpenIdMetadataUrl, keyId, cancellationToken);
        var fromTenant = false;
        if (key is null && issuer != settings.ToBotFromChannelTokenIssuer && settings.TenantOpenIdMetadataUrl is { } tenantKeys)
        {
            // A single-tenant bot's own tenant signs with Entra ID's keys, which carry no channel endorsements.
            key = await keys.FindKeyAsync(tenantKeys, keyId, cancellationToken);
            fromTenant = key is not null;
        }
        if (key is null)
            return Fail($"the signing key '{keyId}' is not in the channel's published keys");
        using (var rsa = RSA.Create(key.Parameters))
        {
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature, hash.Value, RSASignaturePadding.Pkcs1))
                return Fail("the token's signature is not valid");
        }

        if (!Audiences(payload).Contains(settings.MicrosoftAppId, StringComparer.OrdinalIgnoreCase))
            return Fail("the token is not meant for this bot (audience is not our MicrosoftAppId)");

        var now = time.GetUtcNow();
        if (Number(payload, "exp") is not { } exp)
            return Fail("the token has no expiry");
        if (now > DateTimeOffset.FromUnixTimeSeconds(exp) + ClockSkew)
            return Fail("the token has expired");
        if (Number(payload, "nbf") is { } nbf && now < DateTimeOffset.FromUnixTimeSeconds(nbf) - ClockSkew)
            return Fail("the token is not valid yet");

        var serviceUrl = String(payload, "serviceurl") ?? String(payload, "serviceUrl");
        if (!string.Equals(serviceUrl?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            return Fail("the token's serviceurl claim does not match the activity's serviceUrl");
        if (!fromTenant && !string.IsNullOrEmpty(activity.ChannelId) && !key.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
            return Fail($"the signing key is not endorsed for the channel '{activity.ChannelId}'");

        var identity = new ClaimsIdentity(
        [
            new Claim("iss", String(payload, "iss")!),
            new Claim("aud", settings.MicrosoftAppId!),
            new Claim("serviceurl", serviceUrl!),
        ], "Bearer");
        if (String(payload, "appid") is { } appId)
            identity.AddClaim(new Claim("appid", appId));
        return AuthenticateRequestResult.Success(identity);
    }

    private static AuthenticateRequestResult Fail(string reason) => AuthenticateRequestResult.Failure(reason);

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    private static IEnumerable<string> Audiences(JsonElement payload) =>
        !payload.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.String ? [aud.GetString()!]
        : aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)
        : [];
}
