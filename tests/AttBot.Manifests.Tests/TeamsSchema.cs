using System.Collections.Concurrent;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;

namespace AttBot.Manifests.Tests;

/// <summary>
/// The official Teams manifest schema, loaded from the repo's copy (Schemas/) and never from the network:
/// every $ref of the schema is local ("#/..."), and the resolver refuses anything else instead of fetching it.
/// NJsonSchema does not implement "const" (draft 6); the one "const" of the schema, manifestVersion, is
/// checked by its own test.
/// </summary>
internal static class TeamsSchema
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Cache = new();

    public static Task<JsonSchema> LoadAsync(string path) =>
        Cache.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Task<JsonSchema>>(() => LoadUncachedAsync(p))).Value;

    public static async Task<IReadOnlyList<string>> ValidateAsync(string manifestJson, string schemaPath)
    {
        var schema = await LoadAsync(schemaPath);
        return schema.Validate(manifestJson).Select(Describe).ToList();
    }

    private static async Task<JsonSchema> LoadUncachedAsync(string path)
    {
        Assert.True(File.Exists(path), $"Schema file missing: {path} (see tests/AttBot.Manifests.Tests/Schemas/README.md).");
        var json = await File.ReadAllTextAsync(path);
        // documentPath null: a relative $ref could not even be turned into a file path.
        return await JsonSchema.FromJsonAsync(json, documentPath: null,
            schema => new OfflineReferenceResolver(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator())));
    }

    private static string Describe(ValidationError error) => error switch
    {
        ChildSchemaValidationError child =>
            $"{error.Path}: {error.Kind} [{string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))}]",
        _ => $"{error.Path}: {error.Kind}",
    };

    private sealed class OfflineReferenceResolver(JsonSchemaAppender appender) : JsonReferenceResolver(appender)
    {
        public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schema $ref to a file ({filePath}) refused: validation is offline and self-contained.");

        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Schema $ref to a URL ({url}) refused: validation must not use the network.");
    }
}
