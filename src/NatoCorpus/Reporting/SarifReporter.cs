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
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly RuleDescriptor[] Rules = RuleCatalog.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();
    private static readonly Dictionary<string, int> RuleIndex = Rules.Select((rule, i) => (rule.Id, i)).ToDictionary(pair => pair.Id, pair => pair.i, StringComparer.Ordinal);
    private readonly JsonArray _results = [];
    private readonly JsonArray _notifications = [];

    public void File(TextWriter output, FileReport file)
    {
        var results = _results;
        var notifications = _notifications;
        var index = RuleIndex;
        {
            if (file.Error is { } error)
            {
                notifications.Add(new JsonObject
                {
                    ["level"] = "error",
                    ["message"] = new JsonObject { ["text"] = error.Message },
                    ["locations"] = new JsonArray(Location(error.Path, error.Line, error.Column, error.Line, error.Column)),
                });
            }
            foreach (var diagnostic in file.Diagnostics)
            {
                results.Add(new JsonObject
                {
                    ["ruleId"] = diagnostic.Rule.Id,
                    ["ruleIndex"] = index[diagnostic.Rule.Id],
                    ["level"] = Level(diagnostic.Severity),
                    ["message"] = new JsonObject { ["text"] = diagnostic.Message },
                    ["locations"] = new JsonArray(Location(file.Path, diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column)),
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
    }

    public void End(TextWriter output, ReportSummary summary)
    {
        var rules = Rules;
        var results = _results;
        var notifications = _notifications;
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "natocorpus",
                        ["version"] = ToolInfo.Version,
                        ["semanticVersion"] = ToolInfo.Version,
                        ["informationUri"] = docsBaseUrl,
                        ["rules"] = new JsonArray(rules.Select(Rule).ToArray()),
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = notifications.Count == 0,
                    ["toolExecutionNotifications"] = notifications,
                }),
                ["columnKind"] = "unicodeCodePoints",
                ["results"] = results,
            }),
        };
        output.WriteLine(sarif.ToJsonString(Options));
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
        },
    };

    private static JsonNode Location(string path, int line, int column, int endLine, int endColumn) => new JsonObject
    {
        ["physicalLocation"] = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = path, ["uriBaseId"] = "%SRCROOT%" },
            ["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = column, ["endLine"] = endLine, ["endColumn"] = Math.Max(endColumn, 1) },
        },
    };

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
