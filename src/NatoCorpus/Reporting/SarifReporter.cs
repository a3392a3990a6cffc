using System.Text.Json;
using System.Text.Json.Nodes;
using NatoCorpus.Rules;

namespace NatoCorpus.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning uploads: the rule catalogue in tool.driver.rules with help links, one result
/// per diagnostic, unreadable inputs as tool execution notifications. Columns count Unicode code points.
/// </summary>
public sealed class SarifReporter(string docsBaseUrl) : IReporter
{
    private static readonly RuleDescriptor[] Rules = RuleCatalog.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();
    private static readonly Dictionary<string, int> RuleIndex = Rules.Select((rule, i) => (rule.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i, StringComparer.Ordinal);
    private readonly JsonArray _notifications = [];
    private StreamingJson? _results;

    private StreamingJson Results => _results ??= new StreamingJson(
        () =>
        {
            var driver = new JsonObject
            {
                ["name"] = "natocorpus",
                ["version"] = ToolInfo.Version,
                ["semanticVersion"] = ToolInfo.Version,
                ["informationUri"] = docsBaseUrl,
                ["rules"] = new JsonArray(Rules.Select(Rule).ToArray()),
            };
            return "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
                + $"      \"tool\": {{\n        \"driver\": {StreamingJson.Value(driver, "        ")}\n      }},\n"
                + "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [";
        },
        "        ");

    public void File(TextWriter output, FileReport file)
    {
        if (file.Error is { } error)
        {
            _notifications.Add(new JsonObject
            {
                ["level"] = "error",
                ["message"] = new JsonObject { ["text"] = error.Message },
                ["locations"] = new JsonArray(Location(error.Path, error.Line, error.Column, error.Line, error.Column)),
            });
        }
        foreach (var diagnostic in file.Diagnostics)
        {
            Results.Item(output, new JsonObject
            {
                ["ruleId"] = diagnostic.Rule.Id,
                ["ruleIndex"] = RuleIndex[diagnostic.Rule.Id],
                ["level"] = Level(diagnostic.Severity),
                ["message"] = new JsonObject { ["text"] = diagnostic.Message },
                ["locations"] = new JsonArray(Location(diagnostic.Path ?? file.Path, diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column)),
                // Raw texts are evidence: a finding normalize resolves is expected there, not a failure.
                ["baselineState"] = diagnostic.FixedByNormalize ? "unchanged" : "new",
                ["properties"] = new JsonObject
                {
                    ["fixedByNormalize"] = diagnostic.FixedByNormalize,
                    ["fixApplicability"] = diagnostic.Fix?.Applicability.ToString().ToLowerInvariant(),
                },
            });
        }
    }

    public void End(TextWriter output, ReportSummary summary)
    {
        var invocations = new JsonArray(new JsonObject
        {
            ["executionSuccessful"] = _notifications.Count == 0,
            ["toolExecutionNotifications"] = _notifications,
        });
        Results.Close(output, $",\n      \"invocations\": {StreamingJson.Value(invocations, "      ")}\n    }}\n  ]\n}}\n");
    }

    private JsonNode Rule(RuleDescriptor rule) => new JsonObject
    {
        ["id"] = rule.Id,
        ["name"] = rule.Name,
        ["shortDescription"] = new JsonObject { ["text"] = rule.Description },
        ["helpUri"] = docsBaseUrl.TrimEnd('/') + "/" + rule.Id + ".md",
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity) },
        ["properties"] = new JsonObject
        {
            ["category"] = rule.Category.ToString().ToLowerInvariant(),
            ["fix"] = rule.Fix?.ToString().ToLowerInvariant() ?? "none",
            ["tags"] = new JsonArray([.. rule.Tags.Select(tag => (JsonNode)JsonValue.Create(tag))]),
        },
    };

    private static JsonNode Location(string path, int line, int column, int endLine, int endColumn) => new JsonObject
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = UriReference(path), ["uriBaseId"] = "%SRCROOT%" },
            ["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = column, ["endLine"] = endLine, ["endColumn"] = Math.Max(endColumn, 1) },
        },
    };

    /// <summary>
    /// A relative path as the relative URI reference SARIF requires (RFC 3986): each segment's UTF-8 bytes other
    /// than the unreserved characters percent-encoded, "/" kept between segments. A raw "#", "%", "?", space or
    /// backslash would otherwise misplace the result (a fragment, a broken escape, a query), and a ":" in the
    /// first segment would read as a scheme. Unpaired surrogates become U+FFFD, as UTF-8 cannot hold them.
    /// </summary>
    public static string UriReference(string path)
    {
        var builder = new System.Text.StringBuilder(path.Length + 8);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(path))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
