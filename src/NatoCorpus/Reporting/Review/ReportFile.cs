using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Markdig;
using NatoCorpus.Rules;

namespace NatoCorpus.Reporting.Review;

/// <summary>A file of the report: its path inside the report folder (with `/`) and its bytes.</summary>
public sealed record ReportFile(string Path, byte[] Bytes);
