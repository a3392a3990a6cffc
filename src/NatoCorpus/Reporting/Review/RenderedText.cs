using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Markdig;
using NatoCorpus.Rules;

namespace NatoCorpus.Reporting.Review;

/// <summary>One text's page, rendered, with what the index keeps of it.</summary>
public sealed record RenderedText(TextSummary Summary, ReportFile Page);
