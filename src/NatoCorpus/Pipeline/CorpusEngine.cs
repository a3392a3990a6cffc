using NatoCorpus.Input;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Output;
using NatoCorpus.Parsing;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// The pipeline for one raw text, top to bottom: decode, read the sidecar, parse, resolve metadata, run the
/// rules, choose the fixes, render. Pure: bytes in, result out; no file system, clock or culture involved.
/// </summary>
/// <param name="options">What, with the input bytes, determines the output.</param>
/// <param name="renderOutput">
/// False for a run that only reports (lint): raw texts then get their diagnostics, and whether normalize fixes
/// them, without rendering, writing YAML or accounting words.
/// </param>
public sealed class CorpusEngine(EngineOptions options, bool renderOutput = true)
{
    // Built on first use: a warm `check` answers from its cache without loading the data files.
    private readonly Lazy<DocumentParser> _lazyParser = new(() => new DocumentParser(options.Knowledge));
    private readonly IReadOnlyList<IRule> _rules = RuleCatalog.All.Where(rule => options.IsEnabled(rule.Descriptor)).ToArray();

    private DocumentParser _parser => _lazyParser.Value;

    public EngineOptions Options { get; } = options;

    public DocumentResult Process(RawInput input)
    {
        if (input.Bytes.Length > Options.MaxFileBytes)
        {
            return Refused(input, new InputError(input.RelativePath, 1, 1, $"file is larger than the limit of {Options.MaxFileBytes} bytes (max_file_size)"));
        }
        DecodedText decoded;
        try
        {
            decoded = RawDecoder.Decode(input.Bytes);
        }
        catch (InputRejectedException exception)
        {
            return Refused(input, new InputError(input.RelativePath, 1, 1, exception.Reason));
        }

        var extractedFromHtml = HtmlExtractor.LooksLikeHtml(input.RelativePath, decoded.Text);
        if (extractedFromHtml)
        {
            // Positions then refer to the extracted text, which is what every later stage reads.
            decoded = decoded with { Text = ExtractHtml(decoded.Text) };
        }

        Sidecar? sidecar = null;
        if (input.SidecarBytes is not null)
        {
            try
            {
                sidecar = SidecarReader.Read(input.SidecarRelativePath!, input.SidecarBytes);
            }
            catch (DataFileException exception)
            {
                return Refused(input, new InputError(exception.Path, (int)exception.Line, (int)exception.Column, $"{exception.Problem} (sidecar of {input.RelativePath}, which is not processed)"));
            }
        }

        var source = new SourceText(decoded.Text);
        var document = _parser.Parse(source);
        var (language, decided) = LanguageOf(document);
        if (decided && language is not null && language != "fr")
        {
            return Refused(input, new InputError(input.RelativePath, 1, 1, $"the text is not in French (its function words are {language}): not a text for this corpus"));
        }
        var metadata = MetadataResolver.Resolve(document, sidecar, Options.Knowledge);

        var context = new RuleContext(Facts(decoded, extractedFromHtml), document, metadata, Options.Knowledge, ChooseNoBreakSpace(source.Text), Options.SeverityOf);
        foreach (var rule in _rules)
        {
            rule.Check(context);
        }
        var reported = Suppressions.Apply(context.Diagnostics, sidecar, Options.SeverityOf);
        var (diagnostics, edits) = FixApplier.Apply(reported, _rules, Options.UnsafeFixes);
        var ordered = Order(diagnostics);

        if (!renderOutput || metadata.Date is not { } date || (document.Title is null && metadata.SidecarTitle is null))
        {
            // Never invent a title or a date: without them the text is reported, not written.
            return new DocumentResult(input.Id, input.RelativePath, ordered, source, null, null, null);
        }

        var textTitle = document.Title is null ? null : FixApplier.Render(source, document.Title.Span, edits);
        var title = metadata.SidecarTitle ?? textTitle!;
        var body = string.Join("\n\n", document.Paragraphs.Select(paragraph => FixApplier.Render(source, paragraph.Span, edits))) + "\n";
        var frontMatter = new FrontMatter(
            input.Id,
            title,
            Lower(metadata.TitleSource!.Value),
            // The text's own title is kept when the sidecar overrides it: nothing of the raw text is lost.
            metadata.SidecarTitle is not null ? textTitle : null,
            date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Snake(metadata.DateSource!.Value),
            metadata.Updated,
            metadata.ReadingTimeMinutes,
            language ?? "fr",
            new SourceInfo(input.RelativePath, SidecarReader.Sha256(input.Bytes), metadata.SourceUrl, sidecar?.Path, sidecar?.Sha256),
            document.Header is { } header ? new HeaderInfo(header.Shape, header.Block.FirstLine, header.Lines) : null,
            document.Embeds.Select(embed => new EmbedInfo(Lower(embed.Kind), embed.Block.FirstLine, embed.Block.LastLine, embed.Text, embed.Fields)).ToArray(),
            document.Removed.Select(block => new RemovedInfo(block.Kind.Name(), block.Block.FirstLine, block.Block.LastLine, block.Recognizer, block.Reason, block.KeptLine, block.Lines)).ToArray(),
            ordered.Where(diagnostic => diagnostic.Rule.RecordsCorrections && diagnostic.FixedByNormalize)
                .Select(diagnostic => new CorrectionInfo(diagnostic.Rule.Id, diagnostic.Start.Line, diagnostic.Start.Column, source[diagnostic.Span], diagnostic.Fix!.Edits[0].NewText))
                .ToArray(),
            ordered.Where(diagnostic => diagnostic.Rule.Category == RuleCategory.Wording && !diagnostic.FixedByNormalize && diagnostic.Fix is not null)
                .Select(diagnostic => new SuggestionInfo(diagnostic.Rule.Id, diagnostic.Start.Line, diagnostic.Start.Column, source[diagnostic.Span], diagnostic.Fix!.Edits[0].NewText, diagnostic.Message))
                .ToArray(),
            new SortedDictionary<string, int>(
                ordered.Where(diagnostic => diagnostic.Rule.Category == RuleCategory.Typography && diagnostic.FixedByNormalize)
                    .GroupBy(diagnostic => diagnostic.Rule.Id, StringComparer.Ordinal)
                    .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal),
                StringComparer.Ordinal))
        {
            EventEnd = metadata.EventEnd?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        var markdown = "---\n" + FrontMatterWriter.Write(frontMatter) + "---\n\n" + body;
        if (Unwritable(markdown) is { } kept)
        {
            // NC212 removes these; with it off, or suppressed where they are, they would reach normalized/, which
            // never holds a control or bidi character: the text is reported and not written, as without a title.
            var at = source.Text.IndexOf(kept, StringComparison.Ordinal) is var offset and >= 0 ? $" at {source.PositionOf(offset)}" : "";
            var held = Diagnostic.AtFileStart(RuleCatalog.FindDescriptor("NC212")!, Severity.Error,
                $"U+{(int)kept:X4}{at} would be written to normalized/, which never holds a control or bidi character: NC212 is off or suppressed there; let NC212 remove it (turn it on, drop the suppression)");
            return new DocumentResult(input.Id, input.RelativePath, [.. ordered, held], source, null, null, null);
        }
        var lost = WordAccounting.Missing(source.Text, markdown);
        if (lost.Count > 0)
        {
            // A bug in a rule or the parser, not in the text: refuse to write rather than lose evidence.
            var words = string.Join(", ", lost.Take(10).Select(pair => $"{pair.Key} ×{pair.Value}"));
            var bug = Diagnostic.AtFileStart(WordAccounting.Descriptor, Severity.Error, $"normalize would lose words of the raw text ({words}); please report this");
            return new DocumentResult(input.Id, input.RelativePath, [.. ordered, bug], source, null, null, null);
        }
        return new DocumentResult(input.Id, input.RelativePath, ordered, source, frontMatter, markdown, null);
    }

    /// <summary>The first control character (other than tab and line feed) or bidi control in <paramref name="markdown"/>.</summary>
    private static char? Unwritable(string markdown)
    {
        foreach (var c in markdown)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\t')) || Rules.Typography.InvisibleCharacters.IsBidiControl(c))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>The decoded text as the rules saw it, to show excerpts of cached findings; null if it cannot be decoded.</summary>
    public SourceText? DisplaySource(RawInput input)
    {
        try
        {
            var decoded = RawDecoder.Decode(input.Bytes);
            var text = HtmlExtractor.LooksLikeHtml(input.RelativePath, decoded.Text) ? ExtractHtml(decoded.Text) : decoded.Text;
            return new SourceText(text);
        }
        catch (InputRejectedException)
        {
            return null;
        }
    }

    private string ExtractHtml(string html) => HtmlExtractor.Extract(html, Options.Knowledge.HtmlFurniture, Options.Knowledge.HtmlTweets);

    /// <summary>
    /// Lints a normalized Markdown file: its front matter against the schema, its body with every rule (anything
    /// there is something normalize should have fixed). <see cref="DocumentResult.Markdown"/> is the file with the
    /// safe fixes applied to the body, for `lint --fix`.
    /// </summary>
    public DocumentResult ProcessMarkdown(RawInput input)
    {
        DecodedText decoded;
        try
        {
            decoded = RawDecoder.Decode(input.Bytes);
        }
        catch (InputRejectedException exception)
        {
            return Refused(input, new InputError(input.RelativePath, 1, 1, exception.Reason));
        }
        var source = new SourceText(decoded.Text);
        var diagnostics = new List<Diagnostic>();
        var frontMatterEnd = FrontMatterReader.FrontMatterLineCount(source.Text);
        if (frontMatterEnd == 0)
        {
            diagnostics.Add(Diagnostic.AtFileStart(InternalChecks.InvalidFrontMatter, InternalChecks.InvalidFrontMatter.DefaultSeverity, "no front matter: the file must start with a --- block"));
        }
        else
        {
            diagnostics.AddRange(FrontMatterSchema.Validate(source.Text).Select(problem => Diagnostic.AtFileStart(InternalChecks.InvalidFrontMatter, InternalChecks.InvalidFrontMatter.DefaultSeverity, problem)));
        }
        var bodyLine = Math.Min(frontMatterEnd + 1, source.LineCount);
        var document = _parser.Parse(source, Math.Max(bodyLine, 2));
        // Title and date live in the front matter, which the schema check covers.
        var metadata = DocumentMetadata.InFrontMatter;
        var context = new RuleContext(Facts(decoded, extractedFromHtml: false), document, metadata, Options.Knowledge, ChooseNoBreakSpace(source.Text), Options.SeverityOf);
        foreach (var rule in _rules)
        {
            rule.Check(context);
        }
        diagnostics.AddRange(context.Diagnostics);
        var (fixedDiagnostics, edits) = FixApplier.Apply(diagnostics, _rules, Options.UnsafeFixes);
        // A normalized file is not evidence: a defect in it is unresolved until `lint --fix` or normalize rewrites it.
        var ordered = Order(fixedDiagnostics.Select(diagnostic => diagnostic with { FixedByNormalize = false }));
        var head = source.Text[..(bodyLine > 1 ? source.LineSpan(bodyLine).Start : 0)];
        var body = document.Paragraphs.Count == 0 ? "" : string.Join("\n\n", document.Paragraphs.Select(paragraph => FixApplier.Render(source, paragraph.Span, edits))) + "\n";
        var markdown = frontMatterEnd == 0 ? null : head.TrimEnd('\n') + "\n\n" + body;
        return new DocumentResult(input.Id, input.RelativePath, ordered, source, null, markdown, null);
    }

    /// <summary>The language of the prose (sampled), and whether there is enough of it to refuse a text that is not French.</summary>
    private (string? Language, bool Decided) LanguageOf(ParsedDocument document)
    {
        const int MinimumWords = 40;
        const int SampleWords = 600;
        const int FrenchEnough = 12;
        // The prose (not the embeds or captions), up to what the language guess samples. A French page may hold an
        // English paragraph: the French prose is sampled alone when there is enough of it, the rest only if not.
        var sample = new System.Text.StringBuilder();
        var count = 0;
        void Add(IEnumerable<ProseBlock> blocks)
        {
            foreach (var block in blocks)
            {
                if (count >= SampleWords)
                {
                    return;
                }
                var blockText = document.Source.Text.AsSpan(block.Span.Start, block.Span.Length);
                foreach (var _ in Text.Words.In(blockText))
                {
                    count++;
                }
                sample.Append(blockText).Append('\n');
            }
        }
        Add(document.Prose.Where(block => block.IsFrench));
        // Only a text with (almost) no French prose is judged on the rest: "French nowhere" is what is refused.
        if (count < FrenchEnough)
        {
            Add(document.Prose.Where(block => !block.IsFrench));
        }
        return (_parser.GuessLanguage(sample.ToString()), count >= MinimumWords);
    }

    private static Diagnostic[] Order(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(diagnostic => diagnostic.Span.Start)
        .ThenBy(diagnostic => diagnostic.Rule.Id, StringComparer.Ordinal)
        .ThenBy(diagnostic => diagnostic.Span.Length)
        .ToArray();

    /// <summary>What decoding did, as the rules see it (they never see the decoder).</summary>
    private static InputFacts Facts(DecodedText decoded, bool extractedFromHtml) => new(
        decoded.Encoding, decoded.HadByteOrderMark, decoded.CrlfCount, decoded.LoneCrCount,
        decoded.Repairs.Select(repair => new EncodingRepairFact(repair.Line, repair.From, repair.To)).ToArray(), extractedFromHtml);

    private static DocumentResult Refused(RawInput input, InputError error) =>
        new(input.Id, input.RelativePath, [], null, null, null, error);

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>"FrontMatter" → "front_matter", as the front matter writes enum values.</summary>
    private static string Snake<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>
    /// What the recognizers and the metadata resolver make of a raw text, without rules or output: for the
    /// evaluation of recognition. Null when the input is refused.
    /// </summary>
    public (ParsedDocument Document, DocumentMetadata Metadata)? Recognize(RawInput input)
    {
        DecodedText decoded;
        try
        {
            decoded = RawDecoder.Decode(input.Bytes);
        }
        catch (InputRejectedException)
        {
            return null;
        }
        var document = _parser.Parse(new SourceText(decoded.Text));
        return (document, MetadataResolver.Resolve(document, null, Options.Knowledge));
    }

    private char ChooseNoBreakSpace(string text) => Options.NoBreakSpace switch
    {
        NoBreakSpaceChoice.Narrow => '\u202F',
        NoBreakSpaceChoice.Source => text.Count(c => c == '\u202F') > text.Count(c => c == '\u00A0') ? '\u202F' : '\u00A0',
        _ => '\u00A0',
    };
}
