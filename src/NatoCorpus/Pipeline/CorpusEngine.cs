using NatoCorpus.Input;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Output;
using NatoCorpus.Parsing;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// The pipeline for one text, top to bottom, in named stages that raw and Markdown input share: decode, parse,
/// resolve, check, fix, render, account. Pure: bytes in, result out; no file system, clock or culture involved.
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

    /// <summary>The typography rules a text field goes through: all but Markdown escaping (a front matter field is not Markdown).</summary>
    private readonly IReadOnlyList<IRule> _typesetRules = RuleCatalog.All
        .Where(rule => options.IsEnabled(rule.Descriptor) && rule.Descriptor.Category == RuleCategory.Typography && rule.Descriptor.Id != "NC211")
        .ToArray();

    private int _warmedUp;

    private DocumentParser _parser
    {
        get
        {
            WarmUp();
            return _lazyParser.Value;
        }
    }

    public EngineOptions Options { get; } = options;

    /// <summary>
    /// On the first text parsed, the French dictionary starts loading on another thread, if the spelling rule is on:
    /// it then loads while this thread parses, instead of at the first word checked with every other worker
    /// waiting for it. Nothing is loaded before a text is parsed (a warm `check`).
    /// </summary>
    private void WarmUp()
    {
        if (Volatile.Read(ref _warmedUp) == 0 && Interlocked.Exchange(ref _warmedUp, 1) == 0
            && _rules.Any(rule => rule is Rules.Wording.UnknownWord))
        {
            // The knowledge's own lexicon (a test's may not be the process's): this waits for the data files when
            // they are still loading, then reads the dictionary while this thread parses.
            ThreadPool.QueueUserWorkItem(_ => _ = Options.Knowledge.Lexicon.French);
        }
    }

    /// <summary>A decoded input: its text as every later stage reads it, and what decoding found, as the rules see it.</summary>
    private sealed record Decoded(SourceText Source, InputFacts Facts);

    /// <summary>A raw text: refused, reported, or rendered to normalized Markdown.</summary>
    public DocumentResult Process(RawInput input)
    {
        if (input.Bytes.Length > Options.MaxFileBytes)
        {
            return Refused(input, new InputError(input.RelativePath, 1, 1, $"file is larger than the limit of {Options.MaxFileBytes} bytes (max_file_size)"));
        }
        var (decoded, refusal) = Decode(input, extractHtml: true);
        Sidecar? sidecar = null;
        if (decoded is not null)
        {
            (sidecar, refusal) = ReadSidecar(input);
        }
        if (refusal is not null)
        {
            return Refused(input, refusal);
        }

        var source = decoded!.Source;
        var document = _parser.Parse(source);
        var (language, decided) = LanguageOf(document);
        if (decided && language is not null && language != "fr")
        {
            return Refused(input, new InputError(input.RelativePath, 1, 1, $"the text is not in French (its function words are {language}): not a text for this corpus"));
        }
        var metadata = MetadataResolver.Resolve(document, sidecar, Options.Knowledge);
        var reported = Suppressions.Apply(Check(decoded, document, metadata), sidecar, Options, source);
        // A sidecar's title goes into the front matter as typeset as the body: straight quotes and apostrophes, spaces
        // before high punctuation. Its fixes are counted with the body's; the sidecar file itself is never written.
        IReadOnlyList<Diagnostic> titleFixes = [];
        if (metadata.SidecarTitle is { } sidecarTitle)
        {
            string typeset;
            (typeset, titleFixes) = Typeset(sidecarTitle, ChooseNoBreakSpace(source.Text));
            metadata = metadata with { SidecarTitle = typeset };
        }
        var (ordered, edits) = Fix(reported);

        if (!renderOutput || metadata.Date is null || (document.Title is null && metadata.SidecarTitle is null))
        {
            // Never invent a title or a date: without them the text is reported, not written.
            return new DocumentResult(input.Id, input.RelativePath, ordered, source, null, null, null);
        }
        var textTitle = document.Title is null ? null : FixApplier.Render(source, document.Title.Span, edits);
        var frontMatter = FrontMatterAssembler.Assemble(
            input.Id,
            new SourceInfo(input.RelativePath, SidecarReader.Sha256(input.Bytes), metadata.SourceUrl, sidecar?.Path, sidecar?.Sha256),
            document, metadata, textTitle, language ?? "fr", Record(source, ordered, titleFixes));
        var markdown = FrontMatterAssembler.Compose(frontMatter, RenderBody(source, document, edits));
        return Account(input, source, ordered, frontMatter, markdown);
    }

    /// <summary>
    /// Lints a normalized Markdown file: its front matter against the schema, its body with every rule (anything
    /// there is something normalize should have fixed). <see cref="DocumentResult.Markdown"/> is the file with the
    /// safe fixes applied to the body, for `lint --fix`.
    /// </summary>
    public DocumentResult ProcessMarkdown(RawInput input)
    {
        var (decoded, refusal) = Decode(input, extractHtml: false);
        if (decoded is null)
        {
            return Refused(input, refusal!);
        }
        var source = decoded.Source;
        var frontMatterEnd = FrontMatterReader.FrontMatterLineCount(source.Text);
        var bodyLine = Math.Min(frontMatterEnd + 1, source.LineCount);
        // Disable comments are read, then blanked (offsets kept) so the parser and the rules never see them.
        var directives = InlineDirectives.Read(source, bodyLine);
        var parsed = InlineDirectives.Blank(source, directives);
        var document = _parser.Parse(parsed, Math.Max(bodyLine, 2));
        // Title and date live in the front matter, which the schema check covers; its text fields are typeset as the body.
        var metadata = DocumentMetadata.FromFrontMatter;
        var found = Suppressions.ApplyInline(
            [
                .. CheckFrontMatter(source, frontMatterEnd),
                .. CheckFrontMatterText(source, frontMatterEnd),
                .. Check(decoded with { Source = parsed }, document, metadata),
            ],
            directives, Options, source);
        var (fixedDiagnostics, edits) = Fix(found);
        // A normalized file is not evidence: a defect in it is unresolved until `lint --fix` or normalize rewrites it.
        var ordered = Order(fixedDiagnostics.Select(diagnostic => diagnostic with { FixedByNormalize = false }));
        var headLength = bodyLine > 1 ? source.LineSpan(bodyLine).Start : 0;
        var head = FixApplier.Render(source, new TextSpan(0, headLength), edits);
        var body = RenderBody(parsed, document, edits, directives);
        var markdown = frontMatterEnd == 0 ? null : head.TrimEnd('\n') + "\n\n" + body;
        return new DocumentResult(input.Id, input.RelativePath, ordered, source, null, markdown, null);
    }

    /// <summary>
    /// Check, for a normalized file: the front matter's text fields (`title`, `text_title`) through the typography
    /// rules the body goes through, each finding placed on its line and column in the front matter, each fix an edit
    /// of the file (for `lint --fix`). A value is checked when it stands on its key's line, plain or quoted without
    /// escapes, so an edit inside it keeps the YAML as it is.
    /// </summary>
    private IEnumerable<Diagnostic> CheckFrontMatterText(SourceText source, int frontMatterEnd)
    {
        for (var line = 2; line < frontMatterEnd; line++)
        {
            var text = source.LineText(line);
            if (FrontMatterTextValue(text) is not var (valueStart, valueLength))
            {
                continue;
            }
            var offset = source.LineSpan(line).Start + valueStart;
            var column = source.PositionOf(offset).Column;
            foreach (var diagnostic in TypesetFindings(text.Substring(valueStart, valueLength), ChooseNoBreakSpace(source.Text)))
            {
                TextSpan Shift(TextSpan span) => new(span.Start + offset, span.Length);
                LinePosition At(LinePosition position) => new(line, column + position.Column - 1);
                yield return diagnostic with
                {
                    Span = Shift(diagnostic.Span),
                    Start = At(diagnostic.Start),
                    End = At(diagnostic.End),
                    Fix = diagnostic.Fix is { } fix ? fix with { Edits = fix.Edits.Select(edit => edit with { Span = Shift(edit.Span) }).ToArray() } : null,
                    FixedByNormalize = false,
                };
            }
        }
    }

    /// <summary>Where the value of a `title:` or `text_title:` line starts and how long it is, or null when it is not checked.</summary>
    private static (int Start, int Length)? FrontMatterTextValue(string line)
    {
        var key = line.StartsWith("title: ", StringComparison.Ordinal) ? "title: "
            : line.StartsWith("text_title: ", StringComparison.Ordinal) ? "text_title: "
            : null;
        if (key is null || line.Length == key.Length)
        {
            return null;
        }
        var value = line[key.Length..];
        return value[0] switch
        {
            '"' when value.Length > 1 && value[^1] == '"' && !value.Contains('\\', StringComparison.Ordinal) => (key.Length + 1, value.Length - 2),
            '\'' when value.Length > 1 && value[^1] == '\'' && !value[1..^1].Contains('\'', StringComparison.Ordinal) => (key.Length + 1, value.Length - 2),
            '"' or '\'' or '|' or '>' or '&' or '*' or '!' => null,
            // A plain scalar may not hold " #" (a comment would start); an edit never adds one.
            _ => (key.Length, value.Length),
        };
    }

    /// <summary>The decoded text as the rules saw it, to show excerpts of cached findings; null if it cannot be decoded.</summary>
    public SourceText? DisplaySource(RawInput input) => Decode(input, extractHtml: true).Decoded?.Source;

    /// <summary>
    /// What the recognizers and the metadata resolver make of a raw text, without rules or output: for the
    /// evaluation of recognition. Null when the input is refused.
    /// </summary>
    public (ParsedDocument Document, DocumentMetadata Metadata)? Recognize(RawInput input)
    {
        if (Decode(input, extractHtml: false).Decoded is not { } decoded)
        {
            return null;
        }
        var document = _parser.Parse(decoded.Source);
        return (document, MetadataResolver.Resolve(document, null, Options.Knowledge));
    }

    /// <summary>
    /// The parsed document of a raw text as <see cref="Process"/> parses it (an HTML page's article text extracted),
    /// for the review report, which shows each line with the kind it was given. Null when the input is refused.
    /// </summary>
    public ParsedDocument? Parse(RawInput input) =>
        Decode(input, extractHtml: true).Decoded is { } decoded ? _parser.Parse(decoded.Source) : null;

    // The stages, in pipeline order.

    /// <summary>Decode: bytes to text, and (for a raw text) an HTML page to its article text.</summary>
    private (Decoded? Decoded, InputError? Refusal) Decode(RawInput input, bool extractHtml)
    {
        DecodedText decoded;
        try
        {
            decoded = RawDecoder.Decode(input.Bytes);
        }
        catch (InputRejectedException exception)
        {
            return (null, new InputError(input.RelativePath, 1, 1, exception.Reason));
        }
        var extractedFromHtml = extractHtml && HtmlExtractor.LooksLikeHtml(input.RelativePath, decoded.Text);
        string text;
        try
        {
            // Positions then refer to the extracted text, which is what every later stage reads.
            text = extractedFromHtml ? HtmlExtractor.Extract(decoded.Text, Options.Knowledge.HtmlFurniture, Options.Knowledge.HtmlTweets) : decoded.Text;
        }
        catch (InputRejectedException exception)
        {
            // Nested too deep or too slow to parse: refused like any input the tool cannot read.
            return (null, new InputError(input.RelativePath, 1, 1, exception.Reason));
        }
        return (new Decoded(new SourceText(text), Facts(decoded, extractedFromHtml)), null);
    }

    /// <summary>The sidecar's fields, if the text has one; a sidecar that does not validate refuses the text.</summary>
    private static (Sidecar? Sidecar, InputError? Refusal) ReadSidecar(RawInput input)
    {
        if (input.SidecarBytes is null)
        {
            return (null, null);
        }
        try
        {
            return (SidecarReader.Read(input.SidecarRelativePath!, input.SidecarBytes), null);
        }
        catch (DataFileException exception)
        {
            return (null, new InputError(exception.Path, (int)exception.Line, (int)exception.Column, $"{exception.Problem} (sidecar of {input.RelativePath}, which is not processed)"));
        }
    }

    /// <summary>Check: every enabled rule on the parsed document.</summary>
    private IReadOnlyList<Diagnostic> Check(Decoded decoded, ParsedDocument document, DocumentMetadata metadata)
    {
        var context = new RuleContext(decoded.Facts, document, metadata, Options.Knowledge, ChooseNoBreakSpace(decoded.Source.Text), Options.SeverityOf);
        foreach (var rule in _rules)
        {
            rule.Check(context);
        }
        return context.Diagnostics;
    }

    /// <summary>Check, for a normalized file: its front matter against the schema (it must have one).</summary>
    private IEnumerable<Diagnostic> CheckFrontMatter(SourceText source, int frontMatterEnd)
    {
        var check = InternalChecks.InvalidFrontMatter;
        if (!Options.IsEnabled(check))
        {
            return [];
        }
        return frontMatterEnd == 0
            ? [Diagnostic.AtFileStart(check, Options.SeverityOf(check), "no front matter: the file must start with a --- block")]
            : FrontMatterSchema.Validate(source.Text).Select(problem => Diagnostic.AtFileStart(check, Options.SeverityOf(check), problem));
    }

    /// <summary>Fix: choose the fixes that apply, marking what normalize resolves; diagnostics in reading order.</summary>
    private (Diagnostic[] Diagnostics, IReadOnlyList<TextEdit> Edits) Fix(IReadOnlyList<Diagnostic> diagnostics)
    {
        var (chosen, edits) = FixApplier.Apply(diagnostics, _rules, Options.UnsafeFixes);
        return (Order(chosen), edits);
    }

    /// <summary>
    /// Render: the body's paragraphs with the chosen fixes, separated by one blank line. No paragraph (a title and a
    /// header only) renders an empty body, as `lint --fix` does, or the two would undo each other.
    /// </summary>
    private static string RenderBody(SourceText source, ParsedDocument document, IReadOnlyList<TextEdit> edits) =>
        document.Paragraphs.Count == 0 ? "" : string.Join("\n\n", document.Paragraphs.Select(paragraph => FixApplier.Render(source, paragraph.Span, edits))) + "\n";

    /// <summary>
    /// Render, for `lint --fix` of a Markdown file: as <see cref="RenderBody(SourceText, ParsedDocument, IReadOnlyList{TextEdit})"/>,
    /// each disable comment kept on its own line right above the paragraph it stood above (or at the end).
    /// </summary>
    private static string RenderBody(
        SourceText source, ParsedDocument document, IReadOnlyList<TextEdit> edits, IReadOnlyList<InlineDirectives.Directive> directives)
    {
        if (directives.Count == 0)
        {
            return RenderBody(source, document, edits);
        }
        var blocks = new List<string>();
        var next = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            var line = source.LineOf(paragraph.Span.Start);
            var above = new System.Text.StringBuilder();
            for (; next < directives.Count && directives[next].Line < line; next++)
            {
                above.Append(directives[next].Text).Append('\n');
            }
            blocks.Add(above + FixApplier.Render(source, paragraph.Span, edits));
        }
        if (next < directives.Count)
        {
            blocks.Add(string.Join('\n', directives.Skip(next).Select(directive => directive.Text)));
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>Render: what the fixes did to the wording and typography, for the front matter.</summary>
    private static FixRecord Record(SourceText source, IReadOnlyList<Diagnostic> ordered, IReadOnlyList<Diagnostic> titleFixes) => new(
        // A typography fix that changes letters ("1ère" → "1re") changes the wording too: it is recorded as a correction.
        ordered.Where(diagnostic => diagnostic.FixedByNormalize && (diagnostic.Rule.RecordsCorrections || (diagnostic.Rule.Category == RuleCategory.Typography && ChangesWords(source, diagnostic))))
            .Select(diagnostic => new CorrectionInfo(diagnostic.Rule.Id, diagnostic.Start.Line, diagnostic.Start.Column, source[diagnostic.Span], diagnostic.Fix!.Edits[0].NewText))
            .ToArray(),
        ordered.Where(diagnostic => diagnostic.Rule.Category == RuleCategory.Wording && !diagnostic.FixedByNormalize && diagnostic.Fix is not null)
            .Select(diagnostic => new SuggestionInfo(diagnostic.Rule.Id, diagnostic.Start.Line, diagnostic.Start.Column, source[diagnostic.Span], diagnostic.Fix!.Edits[0].NewText, diagnostic.Message))
            .ToArray(),
        new SortedDictionary<string, int>(
            ordered.Where(diagnostic => diagnostic.Rule.Category == RuleCategory.Typography && diagnostic.FixedByNormalize).Concat(titleFixes)
                .GroupBy(diagnostic => diagnostic.Rule.Id, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal));

    /// <summary>
    /// True when a fix's edit changes the words (runs of letters) of the text it replaces, not only its spacing or marks;
    /// composing accents and removing invisible characters change how a word is stored, not the word.
    /// </summary>
    private static bool ChangesWords(SourceText source, Diagnostic diagnostic)
    {
        static List<string> WordsOf(string text) => Text.Words.ToList(string.Concat(Nfc.Compose(text).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)));
        return diagnostic.Fix is { Edits: [var edit] } && !WordsOf(source[edit.Span]).SequenceEqual(WordsOf(edit.NewText), StringComparer.Ordinal);
    }

    /// <summary>
    /// A title that is not part of the text (a sidecar's) through the same safe typography fixes as the text's own:
    /// the typography rules on a document holding only that title. Markdown escaping is left out: a front matter
    /// field is not Markdown.
    /// </summary>
    private (string Title, IReadOnlyList<Diagnostic> Fixed) Typeset(string title, char noBreakSpace)
    {
        var source = new SourceText(title);
        var (chosen, edits) = FixApplier.Apply(TypesetFindings(title, noBreakSpace), _typesetRules);
        return (FixApplier.Render(source, new TextSpan(0, title.Length), edits), chosen.Where(diagnostic => diagnostic.FixedByNormalize).ToArray());
    }


    /// <summary>The findings of the typography rules on <paramref name="text"/> alone, as one French paragraph.</summary>
    private IReadOnlyList<Diagnostic> TypesetFindings(string text, char noBreakSpace)
    {
        var source = new SourceText(text);
        var block = new ProseBlock(new TextSpan(0, text.Length), 1);
        var document = new ParsedDocument(source, null, block, [], []);
        var context = new RuleContext(InputFacts.Clean, document, DocumentMetadata.FromFrontMatter, Options.Knowledge, noBreakSpace, Options.SeverityOf);
        foreach (var rule in _typesetRules)
        {
            rule.Check(context);
        }
        return context.Diagnostics;
    }

    /// <summary>Account: every word of the raw text is in the output, or nothing is written.</summary>
    private static DocumentResult Account(RawInput input, SourceText source, Diagnostic[] ordered, FrontMatter frontMatter, string markdown)
    {
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
        return (LanguageGuess.Guess(Options.Knowledge, sample.ToString()), count >= MinimumWords);
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

    private char ChooseNoBreakSpace(string text) => Options.NoBreakSpace switch
    {
        NoBreakSpaceChoice.Narrow => '\u202F',
        NoBreakSpaceChoice.Source => text.Count(c => c == '\u202F') > text.Count(c => c == '\u00A0') ? '\u202F' : '\u00A0',
        _ => '\u00A0',
    };
}
