using System.Text.Json;
using System.Text.Json.Nodes;
using NatoCorpus.Rules;

namespace NatoCorpus.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning uploads: the rule catalogue in tool.driver.rules with help links and the help
/// of each rule's doc page, one result per diagnostic with its fix's edits as SARIF fixes, unreadable inputs as
/// tool execution notifications. Columns count Unicode code points.
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
        // Only a fix's edits need the text (to place them by line and column): a cache hit reads it only then.
        var source = file.Diagnostics.Any(diagnostic => diagnostic.Fix is { Edits.Count: > 0 } || diagnostic.Fix?.Moves is not null)
            ? file.GetSource()
            : null;
        foreach (var diagnostic in file.Diagnostics)
        {
            var properties = new JsonObject
            {
                ["fixedByNormalize"] = diagnostic.FixedByNormalize,
                ["fixApplicability"] = diagnostic.Fix?.Applicability.ToString().ToLowerInvariant(),
            };
            var result = new JsonObject
            {
                ["ruleId"] = diagnostic.Rule.Id,
                ["ruleIndex"] = RuleIndex[diagnostic.Rule.Id],
                ["level"] = Level(diagnostic.Severity),
                ["message"] = new JsonObject { ["text"] = diagnostic.Message },
                ["locations"] = new JsonArray(Location(diagnostic.Path ?? file.Path, diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column)),
                // Raw texts are evidence: a finding normalize resolves is expected there, not a failure.
                ["baselineState"] = diagnostic.FixedByNormalize ? "unchanged" : "new",
            };
            if (source is not null && diagnostic.Fix is { } fix)
            {
                if (fix.Edits.Count > 0)
                {
                    result["fixes"] = new JsonArray(Fix(file.Path, source, fix));
                }
                if (fix.Moves is { } moves)
                {
                    // A move is no replacement: deleting the block would lose text that normalize keeps in the front
                    // matter. It is said as a property (the region that leaves the body), never as a SARIF fix.
                    properties["moves"] = Region(source, moves);
                }
            }
            result["properties"] = properties;
            Results.Item(output, result);
        }
    }

    /// <summary>
    /// A fix as SARIF's `fixes` (§3.55): one artifact change of the finding's file, one replacement per edit, each
    /// deleted region by line and code-point column as the run's columnKind says (an empty region is an insertion
    /// point). Positions are in the decoded text, whose lines are the file's (only CRLF/CR became LF).
    /// </summary>
    private static JsonObject Fix(string path, Text.SourceText source, Fix fix) => new()
    {
        ["description"] = new JsonObject { ["text"] = $"{fix.Description} ({fix.Applicability.ToString().ToLowerInvariant()})" },
        ["artifactChanges"] = new JsonArray(new JsonObject
        {
            ["artifactLocation"] = ArtifactLocation(path),
            ["replacements"] = new JsonArray([.. fix.Edits.Select(edit => (JsonNode)new JsonObject
            {
                ["deletedRegion"] = Region(source, edit.Span),
                ["insertedContent"] = new JsonObject { ["text"] = edit.NewText },
            })]),
        }),
    };

    private static JsonObject Region(Text.SourceText source, Text.TextSpan span)
    {
        var length = source.Text.Length;
        var start = source.PositionOf(Math.Clamp(span.Start, 0, length));
        var end = source.PositionOf(Math.Clamp(span.End, 0, length));
        return new JsonObject { ["startLine"] = start.Line, ["startColumn"] = start.Column, ["endLine"] = end.Line, ["endColumn"] = end.Column };
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

    private JsonNode Rule(RuleDescriptor rule)
    {
        // From the rule's doc page: code scanning shows fullDescription and help in its rule panel and requires them.
        var help = RuleHelp.Of(rule);
        return new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JsonObject { ["text"] = rule.Description },
            ["fullDescription"] = new JsonObject { ["text"] = help.FullDescription, ["markdown"] = help.FullDescriptionMarkdown },
            ["help"] = new JsonObject { ["text"] = help.HelpText, ["markdown"] = help.HelpMarkdown },
            ["helpUri"] = docsBaseUrl.TrimEnd('/') + "/" + rule.Id + ".md",
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity) },
            ["properties"] = new JsonObject
            {
                ["category"] = rule.Category.ToString().ToLowerInvariant(),
                ["fix"] = rule.Fix?.ToString().ToLowerInvariant() ?? "none",
                ["tags"] = new JsonArray([.. rule.Tags.Select(tag => (JsonNode)JsonValue.Create(tag))]),
            },
        };
    }

    private static JsonNode Location(string path, int line, int column, int endLine, int endColumn) => new JsonObject
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = ArtifactLocation(path),
            ["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = column, ["endLine"] = endLine, ["endColumn"] = Math.Max(endColumn, 1) },
        },
    };

    private static JsonObject ArtifactLocation(string path) => new() { ["uri"] = UriReference(path), ["uriBaseId"] = "%SRCROOT%" };

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
