using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AttBot.Host.Operations;

/// <summary>Settings of the "OpenTelemetry" section: nothing leaves the process unless an OTLP endpoint is given.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The collector's OTLP address (http://collector:4318 for HTTP, :4317 for gRPC); empty = no export.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>"HttpProtobuf" (default) or "Grpc".</summary>
    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>How often metrics are pushed.</summary>
    public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Names this instance in traces and metrics (defaults to the machine name and process id).</summary>
    public string? ServiceInstanceId { get; set; }
}

public static class Telemetry
{
    // Paths whose last segment is a bearer secret (download links, calendar feeds, map images).
    private static readonly string[] SecretPaths = ["/api/exports", "/calendar", "/api/maps"];

    /// <summary>The bot's metrics always (they cost nothing unread); OpenTelemetry's pipeline and exporters only when an endpoint is configured.</summary>
    public static IServiceCollection AddAttBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AttBotMetrics>();
        var options = configuration.GetSection("OpenTelemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            return services;

        var endpoint = new Uri(options.OtlpEndpoint);
        void Exporter(OtlpExporterOptions o, string signal)
        {
            o.Protocol = options.Protocol;
            // Over HTTP each signal has its own path; the SDK appends it only when the endpoint comes from the environment.
            o.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, signal) : endpoint;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("attbot", serviceInstanceId: options.ServiceInstanceId ?? $"{Environment.MachineName}-{Environment.ProcessId}"))
            .WithTracing(t => t
                .AddSource(AttBotMetrics.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Health probes every few seconds would drown the traces that matter.
                    o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/readyz");
                    // A download or calendar link's secret is in its path: the trace keeps the route, never the secret.
                    o.EnrichWithHttpRequest = (activity, request) =>
                    {
                        if (SecretPaths.Any(p => request.Path.StartsWithSegments(p)))
                            activity.SetTag("url.path", request.Path.Value![..request.Path.Value!.LastIndexOf('/')] + "/{secret}");
                    };
                })
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Exporter(o, "v1/traces")))
            .WithMetrics(m => m
                .AddMeter(AttBotMetrics.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter((o, reader) =>
                {
                    Exporter(o, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.MetricExportInterval.TotalMilliseconds;
                }));
        return services;
    }
}
