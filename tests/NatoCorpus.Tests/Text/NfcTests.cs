using NatoCorpus.Text;

namespace NatoCorpus.Tests.Text;

/// <summary>NFC on what a raw text may hold, including what .NET refuses to normalize (found by the fuzz run).</summary>
public sealed class NfcTests
{
    [Fact]
    public void Text_holding_U_FFFE_or_an_unpaired_surrogate_is_composed_around_it()
    {
        // string.Normalize throws ArgumentException on these; a valid UTF-8 raw text may hold U+FFFE.
        Assert.Equal("é\uFFFEé\uD800à\uDC00", Nfc.Compose("e\u0301\uFFFEe\u0301\uD800a\u0300\uDC00"));
        Assert.Equal("🛡é", Nfc.Compose("🛡e\u0301"));
        Assert.False(Nfc.IsComposed("e\u0301\uFFFE"));
        Assert.True(Nfc.IsComposed("é\uFFFE\u0301"));
    }

    [Fact]
    public void The_engine_normalizes_a_text_holding_U_FFFE_next_to_combining_marks()
    {
        var result = TestCorpus.ProcessText("Titre de l’article\n\nLe ministre de la De\u0301fense\uFFFE\u0301 a parlé à Bruxelles de la situation sur le flanc est de l’Alliance.", sidecar: "date: 2021-02-11\n");
        Assert.Null(result.Error);
        Assert.Contains("Défense\uFFFE\u0301", result.Markdown!, StringComparison.Ordinal);
    }
}
