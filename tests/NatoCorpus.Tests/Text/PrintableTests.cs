using System.Text;
using NatoCorpus.Text;

namespace NatoCorpus.Tests.Text;

/// <summary>The escaping every printed path and text goes through, and the column index behind linear-time excerpts.</summary>
public sealed class PrintableTests
{
    [Theory]
    [InlineData("raw/a.txt", "raw/a.txt")]
    [InlineData("a\nb", "a<U+000A>b")]
    [InlineData("a\r\nb", "a<U+000D><U+000A>b")]
    [InlineData("\u001b[31mrouge", "<U+001B>[31mrouge")]
    [InlineData("tab\there", "tab<U+0009>here")]
    [InlineData("del\u007f c1\u0085", "del<U+007F> c1<U+0085>")]
    [InlineData("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "<U+202A>a<U+202B>b<U+202C>c<U+202D>d<U+202E>e")]
    [InlineData("\u2066a\u2067b\u2068c\u2069", "<U+2066>a<U+2067>b<U+2068>c<U+2069>")]
    [InlineData("\u200Ea\u200Fb\u061Cc", "<U+200E>a<U+200F>b<U+061C>c")]
    [InlineData("zero\u200Bwidth\u00AD", "zero<U+200B>width<U+00AD>")]
    [InlineData("line\u2028para\u2029", "line<U+2028>para<U+2029>")]
    [InlineData("tag\U000E0041", "tag<U+E0041>")]
    [InlineData("emoji 🛡 «é» ’ kept", "emoji 🛡 «é» ’ kept")]
    [InlineData("::error file=a::b", "<U+003A>:error file=a::b")]
    [InlineData("  \u3000::warning::x", "  \u3000<U+003A>:warning::x")]
    [InlineData("a ::error::x", "a ::error::x")]
    [InlineData("x ##[add-mask]y", "x ##<U+005B>add-mask]y")]
    [InlineData("# [lien] ## [b]", "# [lien] ## [b]")]
    public void Escape_shows_hidden_characters_and_command_markers_by_code(string text, string expected) =>
        Assert.Equal(expected, Printable.Escape(text));

    [Fact]
    public void Unpaired_surrogates_are_shown_by_code()
    {
        // Not as InlineData: attribute strings cannot carry an unpaired surrogate.
        Assert.Equal("lone <U+D800> and <U+DC00>, paired 🛡", Printable.Escape("lone \uD800 and \uDC00, paired 🛡"));
    }

    [Fact]
    public void Escape_lines_keeps_line_feeds_and_neutralizes_each_line_start()
    {
        Assert.Equal("a\n <U+003A>:error::x\n\tb", Printable.EscapeLines("a\n ::error::x\n\tb").Replace("<U+0009>", "\t", StringComparison.Ordinal));
        Assert.Same("plain\ntext", Printable.EscapeLines("plain\ntext"));
    }

    [Fact]
    public void Escaping_in_pieces_gives_the_escape_of_the_whole()
    {
        // The text format escapes an excerpt in three pieces to place its carets: the pieces must agree.
        string[] alphabet = ["a", "é", " ", "\t", ":", "::", "#", "##", "[", "\n", "\u001b", "\u202E", "\u200D", "🛡", "\uD800", "\uDC00"];
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(0, 30); n > 0; n--)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
            var text = builder.ToString();
            var cuts = new[] { random.Next(text.Length + 1), random.Next(text.Length + 1) }.Order().ToArray();
            // Excerpts are never cut inside a surrogate pair.
            if (cuts.Any(cut => cut > 0 && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut])))
            {
                continue;
            }
            var whole = Printable.Escape(text, 0, text.Length);
            var pieces = Printable.Escape(text, 0, cuts[0]) + Printable.Escape(text, cuts[0], cuts[1]) + Printable.Escape(text, cuts[1], text.Length);
            Assert.Equal(whole, pieces);
            Assert.Equal(whole, Printable.Escape(text));
            for (var i = 0; i < whole.Length;)
            {
                Assert.Equal(System.Buffers.OperationStatus.Done, Rune.DecodeFromUtf16(whole.AsSpan(i), out var rune, out var used));
                Assert.False(Printable.IsHidden(rune.Value), whole);
                i += used;
            }
        }
    }

    [Fact]
    public void Columns_and_offsets_agree_with_counting_code_points_across_index_blocks()
    {
        string[] alphabet = ["a", "é", "\n", "🛡", "\uD800", "\uDC00", "bcdefghijklmnopqrstuvwxyz0123456789"];
        var random = new Random(3);
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            for (var n = random.Next(0, 200); n > 0; n--)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }
            var text = builder.ToString();
            var source = new SourceText(text);
            int line = 1, column = 1;
            for (var offset = 0; offset <= text.Length; offset++)
            {
                // Columns count code points: a low surrogate adds none (it completes a pair, or it is debris).
                Assert.Equal(new LinePosition(line, column), source.PositionOf(offset));
                var back = source.OffsetOf(line, column);
                Assert.Equal(new LinePosition(line, column), source.PositionOf(back));
                Assert.False(back > 0 && back < text.Length && char.IsHighSurrogate(text[back - 1]) && char.IsLowSurrogate(text[back]), "inside a pair");
                if (offset < text.Length)
                {
                    (line, column) = text[offset] == '\n' ? (line + 1, 1) : (line, column + (char.IsLowSurrogate(text[offset]) ? 0 : 1));
                }
            }
            // A column past the line's end is clamped to it.
            Assert.Equal(source.LineSpan(1).End, source.OffsetOf(1, 1_000_000));
        }
    }
}
