using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NatoCorpus.Output;

/// <summary>
/// Writes front matter with YamlDotNet's emitter: keys in a fixed order, plain scalars where YAML reads them back
/// as the same string, double quotes otherwise. No line folding, so long texts stay on one line.
/// </summary>
public static partial class FrontMatterWriter
{
    public static string Write(FrontMatter frontMatter)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: false, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());

        Text(emitter, "id", frontMatter.Id);
        Text(emitter, "title", frontMatter.Title);
        Text(emitter, "title_source", frontMatter.TitleSource);
        if (frontMatter.TextTitle is not null)
        {
            Text(emitter, "text_title", frontMatter.TextTitle);
        }
        Plain(emitter, "date", frontMatter.Date);
        Text(emitter, "date_source", frontMatter.DateSource);
        if (frontMatter.Updated is not null)
        {
            Plain(emitter, "updated", frontMatter.Updated);
        }
        if (frontMatter.EventEnd is not null)
        {
            Plain(emitter, "event_end", frontMatter.EventEnd);
        }
        if (frontMatter.ReadingTimeMinutes is { } minutes)
        {
            Plain(emitter, "reading_time_minutes", minutes.ToString(CultureInfo.InvariantCulture));
        }
        Text(emitter, "language", frontMatter.Language);

        Key(emitter, "source");
        emitter.Emit(new MappingStart());
        Text(emitter, "path", frontMatter.Source.Path);
        Text(emitter, "sha256", frontMatter.Source.Sha256);
        if (frontMatter.Source.Url is not null)
        {
            Text(emitter, "url", frontMatter.Source.Url);
        }
        if (frontMatter.Source.SidecarPath is not null)
        {
            Text(emitter, "sidecar_path", frontMatter.Source.SidecarPath);
            Text(emitter, "sidecar_sha256", frontMatter.Source.SidecarSha256!);
        }
        emitter.Emit(new MappingEnd());

        if (frontMatter.Header is { } header)
        {
            Key(emitter, "header");
            emitter.Emit(new MappingStart());
            Text(emitter, "shape", header.Shape);
            Plain(emitter, "raw_line", Number(header.RawLine));
            Lines(emitter, header.Lines);
            emitter.Emit(new MappingEnd());
        }

        Sequence(emitter, "embeds", frontMatter.Embeds, embed =>
        {
            Text(emitter, "kind", embed.Kind);
            Plain(emitter, "raw_line", Number(embed.RawLine));
            Plain(emitter, "raw_end_line", Number(embed.RawEndLine));
            foreach (var (name, value) in embed.Fields)
            {
                Text(emitter, name, value);
            }
            Text(emitter, "text", embed.Text);
        });
        Sequence(emitter, "removed", frontMatter.Removed, removed =>
        {
            Text(emitter, "kind", removed.Kind);
            Plain(emitter, "raw_line", Number(removed.RawLine));
            Plain(emitter, "raw_end_line", Number(removed.RawEndLine));
            Text(emitter, "recognizer", removed.Recognizer);
            Text(emitter, "reason", removed.Reason);
            if (removed.KeptLine is { } kept)
            {
                Plain(emitter, "kept_line", Number(kept));
            }
            Lines(emitter, removed.Lines);
        });
        Sequence(emitter, "corrections", frontMatter.Corrections, correction =>
        {
            Text(emitter, "rule", correction.Rule);
            Plain(emitter, "raw_line", Number(correction.RawLine));
            Plain(emitter, "raw_column", Number(correction.RawColumn));
            Text(emitter, "from", correction.From);
            Text(emitter, "to", correction.To);
        });
        Sequence(emitter, "suggestions", frontMatter.Suggestions, suggestion =>
        {
            Text(emitter, "rule", suggestion.Rule);
            Plain(emitter, "raw_line", Number(suggestion.RawLine));
            Plain(emitter, "raw_column", Number(suggestion.RawColumn));
            Text(emitter, "text", suggestion.Text);
            Text(emitter, "suggestion", suggestion.Suggestion);
            Text(emitter, "message", suggestion.Message);
        });

        Key(emitter, "typography");
        emitter.Emit(new MappingStart(null, null, isImplicit: true, frontMatter.Typography.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
        foreach (var (rule, count) in frontMatter.Typography)
        {
            Plain(emitter, rule, Number(count));
        }
        emitter.Emit(new MappingEnd());

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return EscapeInvisible(writer.ToString());
    }

    /// <summary>
    /// YAML counts format characters (zero-width, bidi controls, tags) as printable, so the emitter writes them as
    /// they are; here each becomes a \u escape. Only double-quoted scalars can hold one (<see cref="NeedsQuotes"/>),
    /// where the escape reads back as the same string: the evidence is kept, and nothing in the file is invisible
    /// or reorders what an editor shows.
    /// </summary>
    private static string EscapeInvisible(string yaml)
    {
        if (!yaml.EnumerateRunes().Any(rune => rune.Value is not ('\n' or '\t') && NatoCorpus.Text.Printable.IsHidden(rune.Value)))
        {
            return yaml;
        }
        var builder = new System.Text.StringBuilder(yaml.Length + 32);
        foreach (var rune in yaml.EnumerateRunes())
        {
            if (rune.Value is not ('\n' or '\t') && NatoCorpus.Text.Printable.IsHidden(rune.Value))
            {
                builder.Append(rune.IsBmp ? "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) : "\\U" + rune.Value.ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Sequence<T>(IEmitter emitter, string key, IReadOnlyList<T> items, Action<T> writeItem)
    {
        Key(emitter, key);
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var item in items)
        {
            emitter.Emit(new MappingStart());
            writeItem(item);
            emitter.Emit(new MappingEnd());
        }
        emitter.Emit(new SequenceEnd());
    }

    /// <summary>The raw lines of a header or removed block, one string each, as written.</summary>
    private static void Lines(IEmitter emitter, IReadOnlyList<string> lines)
    {
        Key(emitter, "lines");
        emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var line in lines)
        {
            Scalar(emitter, line);
        }
        emitter.Emit(new SequenceEnd());
    }

    private static void Key(IEmitter emitter, string key) => emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, true, false));

    /// <summary>A value known to be plain-safe: a number, a date or a timestamp.</summary>
    private static void Plain(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));
    }

    private static void Text(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        Scalar(emitter, value);
    }

    /// <summary>
    /// A string: plain when YAML reads it back as this same string; a literal block when it holds several lines
    /// (a tweet, a banner), so each line reads as written and no "\n" escape glues a line's first word to an "n";
    /// double-quoted otherwise.
    /// </summary>
    private static void Scalar(IEmitter emitter, string value)
    {
        var style = IsLiteralBlock(value) ? ScalarStyle.Literal : NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, value, style, true, true));
    }

    // A literal block keeps every character but cannot show hidden ones, edge spaces or an empty line at its end.
    private static bool IsLiteralBlock(string value) =>
        value.Contains('\n', StringComparison.Ordinal) && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && !value.Contains(" \n", StringComparison.Ordinal) && !value.Contains("\n ", StringComparison.Ordinal) && !value.Contains('\t', StringComparison.Ordinal)
        && !value.EnumerateRunes().Any(rune => rune.Value != '\n' && NatoCorpus.Text.Printable.IsHidden(rune.Value));

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.Contains('\n', StringComparison.Ordinal) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || LooksTyped().IsMatch(value)
        || value.EnumerateRunes().Any(rune => NatoCorpus.Text.Printable.IsHidden(rune.Value));

    // Strings a YAML 1.1 or 1.2 reader would take for a number, boolean, null or date.
    [GeneratedRegex(@"^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|\d{4}-\d{2}-\d{2}.*|\d+:\d+.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LooksTyped();
}
