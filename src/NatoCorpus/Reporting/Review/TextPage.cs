using System.Globalization;
using DiffPlex;
using NatoCorpus.Model;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting.Review;

/// <summary>Everything one text's page shows, as data: the template only lays it out and escapes it.</summary>
public sealed record TextPage(
    TextSummary Summary,
    IReadOnlyList<Row> Rows,
    IReadOnlyList<DiffBlock> Diff,
    IReadOnlyList<FindingView> Findings,
    string? FrontMatter,
    bool Aligned);
