using System.Text.Json;
using System.Text.Json.Nodes;
using NatoCorpus.Rules;

namespace NatoCorpus.Reporting;

/// <summary>
/// One JSON object per run, versioned by <c>format_version</c>: tool, files, diagnostics with place, rule,
/// severity, message, fix and whether normalize resolves it, and the summary. See README "Output formats".
/// </summary>
public sealed class JsonReporter : IReporter
{
    public const int FormatVersion = 1;

    private readonly StreamingJson _files = new(
        () => $"{{\n  \"format_version\": {FormatVersion},\n  \"tool\": {StreamingJson.Value(new JsonObject { ["name"] = "natocorpus", ["version"] = ToolInfo.Version }, "  ")},\n  \"files\": [",
        "    ");

    public void File(TextWriter output, FileReport file) => _files.Item(output, new JsonObject
    {
        ["path"] = file.Path,
        ["error"] = file.Error is { } error ? new JsonObject { ["line"] = error.Line, ["column"] = error.Column, ["message"] = error.Message } : null,
        ["diagnostics"] = new JsonArray(file.Diagnostics.Select(Diagnostic).ToArray()),
    });

    public void End(TextWriter output, ReportSummary summary)
    {
        var totals = new JsonObject
        {
            ["files"] = summary.Files,
            ["errors"] = summary.Errors,
            ["warnings"] = summary.Warnings,
            ["infos"] = summary.Infos,
            ["fixable"] = summary.Fixable,
            ["fixed_by_normalize"] = summary.FixedByNormalize,
            ["fixes_not_applied"] = summary.FixesNotApplied,
            ["unresolved_errors"] = summary.Unresolved,
            ["unresolved_warnings"] = summary.UnresolvedWarnings,
            ["input_errors"] = summary.InputErrors,
        };
        _files.Close(output, $",\n  \"summary\": {StreamingJson.Value(totals, "  ")}\n}}\n");
    }

    private static JsonNode Diagnostic(Diagnostic diagnostic)
    {
        var json = Fields(diagnostic);
        if (diagnostic.Path is { } elsewhere)
        {
            // Only on a finding in another file than the text (its sidecar): line and column are that file's.
            json.Insert(0, "path", elsewhere);
        }
        return json;
    }

    private static JsonObject Fields(Diagnostic diagnostic) => new()
    {
        ["line"] = diagnostic.Start.Line,
        ["column"] = diagnostic.Start.Column,
        ["end_line"] = diagnostic.End.Line,
        ["end_column"] = diagnostic.End.Column,
        ["rule"] = diagnostic.Rule.Id,
        ["rule_name"] = diagnostic.Rule.Name,
        ["severity"] = diagnostic.Severity.ToString().ToLowerInvariant(),
        ["message"] = diagnostic.Message,
        ["fixed_by_normalize"] = diagnostic.FixedByNormalize,
        ["fix"] = diagnostic.Fix is { } fix
            ? FixObject(fix)
            : null,
        ["help"] = diagnostic.Rule.HelpPath,
    };

    private static JsonObject FixObject(Fix fix)
    {
        var json = new JsonObject
        {
            ["description"] = fix.Description,
            ["applicability"] = fix.Applicability.ToString().ToLowerInvariant(),
            ["edits"] = new JsonArray(fix.Edits.Select(edit => (JsonNode)new JsonObject
            {
                ["offset"] = edit.Span.Start,
                ["length"] = edit.Span.Length,
                ["text"] = edit.NewText,
            }).ToArray()),
        };
        if (fix.Moves is { } moved)
        {
            // A structural fix moves a block to the front matter: no edit, the block it moves.
            json["moves"] = new JsonObject { ["offset"] = moved.Start, ["length"] = moved.Length };
        }
        return json;
    }
}
