using NatoCorpus.Pipeline;
using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Rules;

/// <summary>Runs the whole engine on a small text (title, blank line, body; date from a sidecar) and picks one rule's findings.</summary>
internal static class RuleTestHelper
{
    public const string Title = "Titre de l’article";

    public static IReadOnlyList<Diagnostic> Findings(string ruleId, string body, EngineOptions? options = null) =>
        Run(body, options).Diagnostics.Where(diagnostic => diagnostic.Rule.Id == ruleId).ToArray();

    public static DocumentResult Run(string body, EngineOptions? options = null) =>
        TestCorpus.ProcessText($"{Title}\n\n{body}", sidecar: "date: 2021-02-11\n", options: options);

    /// <summary>The normalized body (without front matter) of <paramref name="body"/>.</summary>
    public static string Normalized(string body, EngineOptions? options = null)
    {
        var markdown = Run(body, options).Markdown ?? throw new InvalidOperationException("not normalized");
        return NatoCorpus.Output.FrontMatterReader.Split(markdown)!.Value.Body;
    }
}
