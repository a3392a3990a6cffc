using System.Diagnostics;
using NatoCorpus.Corpus;

namespace NatoCorpus.Tests.Corpus;

/// <summary>The word diff of `normalize --check`, `check` and `lint --fix --dry-run` (issue 13, item 7).</summary>
public sealed class WordDiffTests
{
    [Fact]
    public void Each_changed_line_is_shown_once_numbered_in_the_old_text_with_invisible_spaces_named()
    {
        var before = "Titre\n\nPremier paragraphe : rien.\n\nDeuxième paragraphe ; voilà.\n";
        var after = "Titre\n\nPremier paragraphe\u00A0: rien.\n\nDeuxième paragraphe\u202F; voilà.\n";
        Assert.Equal(
            "n.md:3: Premier paragraphe[- -]{+<nbsp>+}: rien.\nn.md:5: Deuxième paragraphe[- -]{+<nnbsp>+}; voilà.\n",
            WordDiff.Of("n.md", before, after, color: false));
        Assert.Equal(
            "n.md:3: Premier paragraphe\u001b[31m[- -]\u001b[0m\u001b[32m{+<nbsp>+}\u001b[0m: rien.\n",
            WordDiff.Of("n.md", before, after, color: true).Split('\n')[0] + "\n");
    }

    [Fact]
    public void Lines_taken_out_or_added_are_shown_after_the_line_above_and_later_lines_keep_their_old_numbers()
    {
        var before = "un\ndeux\ntrois\nquatre\ncinq\n";
        var after = "un\ntrois\nquatre\ncinq bis\nsix\n";
        Assert.Equal(
            "x.md:2: [-deux↵-]\nx.md:5: cinq{+ bis↵six+}\n",
            WordDiff.Of("x.md", before, after, color: false));
    }

    [Fact]
    public void Untrusted_text_is_escaped_and_long_context_shortened_between_code_points()
    {
        var context = string.Concat(Enumerable.Repeat("😀", 40));
        var before = $"::error::forged {context}\u001b[2J fin\n";
        var after = $"::error::forged {context}\u001b[2J fin modifiée\n";
        var diff = WordDiff.Of("bad\nname.md", before, after, color: false);
        Assert.StartsWith("bad<U+000A>name.md:1: …", diff, StringComparison.Ordinal);
        Assert.Contains("<U+001B>[2J fin{+ modifiée+}", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", diff, StringComparison.Ordinal);
        Assert.True(diff.Where(char.IsSurrogate).Count() % 2 == 0 && !diff.Contains("…\uDE00", StringComparison.Ordinal), diff);
    }

    [Fact]
    public void Long_wholly_different_stretches_and_files_cost_little_and_say_so()
    {
        var random = new Random(13);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => random.Next(1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var watch = Stopwatch.StartNew();
        var diff = WordDiff.Of("x.md", Words(20_000) + "\n", Words(20_000) + "\n", color: false);
        Assert.Equal("x.md:1: (a change too long to show word by word: see --diff-format unified)\n", diff);
        var lines = string.Concat(Enumerable.Range(0, 15_000).Select(i => $"ligne {i}\n"));
        Assert.StartsWith("x.md: 30001 lines: too long to diff here", WordDiff.Of("x.md", lines, lines + "fin\n", color: false), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }
}
