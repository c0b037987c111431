using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AttBot.Host.Operations;

/// <summary>
/// The secret in a private address (an export's download link, a calendar subscription): 256 random bits, given to its
/// owner once; the store keeps only its SHA-256, so a copy of the database opens nothing.
/// </summary>
public static class SecretTokens
{
    public static (string Token, string Hash) New()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    /// <summary>The stored form of a token; null for text that no token of ours looks like (it is then not looked up).</summary>
    public static string? HashOf(string token) =>
        token.Length is > 20 and < 100 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? Hash(token) : null;

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
