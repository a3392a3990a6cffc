using NatoCorpus.Rules;

namespace NatoCorpus.Commands;

/// <summary>`natocorpus rules [ID]`: the catalogue, or one rule's documentation.</summary>
public static class RulesCommand
{
    public static int Run(TextWriter output, TextWriter error, string? idOrName)
    {
        if (idOrName is null)
        {
            output.WriteLine($"{"id",-6} {"name",-26} {"severity",-8} {"fix",-9} {"applies",-10} {"tags",-24} description");
            foreach (var rule in RuleCatalog.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal))
            {
                // Two facts: whether the rule's findings carry a fix, and what such a fix is.
                var availability = rule.FixAvailability.ToString().ToLowerInvariant();
                var fix = rule.Fix?.ToString().ToLowerInvariant() ?? "-";
                output.WriteLine($"{rule.Id,-6} {rule.Name,-26} {rule.DefaultSeverity.ToString().ToLowerInvariant(),-8} {availability,-9} {fix,-10} {string.Join(",", rule.Tags),-24} {rule.Description}");
            }
            return ExitCodes.Clean;
        }
        var descriptor = RuleCatalog.FindDescriptor(idOrName);
        if (descriptor is null)
        {
            error.WriteLine($"natocorpus: no rule '{idOrName}' (run `natocorpus rules` for the list)");
            return ExitCodes.BadInput;
        }
        output.Write(RuleCatalog.Documentation(descriptor) ?? $"{descriptor.Id} {descriptor.Name}: {descriptor.Description}\n");
        return ExitCodes.Clean;
    }
}
