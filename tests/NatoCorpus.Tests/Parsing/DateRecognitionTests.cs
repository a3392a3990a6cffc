using NatoCorpus.Knowledge;
using NatoCorpus.Parsing.Dates;

namespace NatoCorpus.Tests.Parsing;

/// <summary>Dates in the forms real pages write them, and how stamps, bylines, addresses and relative times date a text.</summary>
public sealed class DateRecognitionTests
{
    private static readonly DateReader Reader = new(CorpusKnowledge.Default);

    [Theory]
    [InlineData("18 fév. 2008", "2008-02-18")]
    [InlineData("11 Feb. 2021", "2021-02-11")]
    [InlineData("13 March 2024", "2024-03-13")]
    [InlineData("March 13, 2024", "2024-03-13")]
    [InlineData("18.07.2019", "2019-07-18")]
    [InlineData("13.7.2016", "2016-07-13")]
    [InlineData("13.juillet.2016", "2016-07-13")]
    [InlineData("27/06/2012", "2012-06-27")]
    [InlineData("Updated: 19-Dec-2002", "2002-12-19")]
    [InlineData("2022-11-25T17:03+0100", "2022-11-25")]
    [InlineData("1er décembre 2020", "2020-12-01")]
    [InlineData("mar. 12 mars 2024", "2024-03-12")]
    public void Every_real_form_of_a_date_is_read(string text, string expected)
    {
        var date = Assert.Single(Reader.Dates(text), mention => mention.Date is not null);
        Assert.Equal(expected, date.Date!.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_range_of_days_gives_its_first_day_first()
    {
        var dates = Reader.Dates("Semaine du 18 au 24 mai 2011, numéro 871").Select(mention => mention.Date!.Value.Day).ToList();
        Assert.Equal([18, 24], dates);
        Assert.Equal([11, 12], Reader.Dates("11-12 juillet 2023").Select(mention => mention.Date!.Value.Day).ToList());
    }

    [Fact]
    public void A_page_that_writes_a_month_first_date_is_read_month_first_throughout()
    {
        const string page = "Date Taken: 12.20.2023\nDate Posted: 01.03.2024 04:12\n";
        var reader = Reader.ForText(page);
        Assert.Equal(new NodaTime.LocalDate(2024, 1, 3), reader.Dates("Date Posted: 01.03.2024 04:12")[0].Date);
        // A French page with a day that cannot be a month stays day first; so does a page without evidence either way.
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 1), Reader.ForText("13.02.2024\n01.03.2024").Dates("01.03.2024")[0].Date);
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 1), Reader.ForText("01.03.2024").Dates("01.03.2024")[0].Date);
    }

    [Fact]
    public void Times_and_offsets_are_read_with_their_dates()
    {
        var stamp = Reader.Dates("Publié le 16 mai 2022 à 6h00, mis à jour le 17 mai 2022 à 6h19");
        Assert.Equal(2, stamp.Count);
        Assert.Equal(new NodaTime.LocalTime(6, 19), stamp[1].Time);
        Assert.Equal(NodaTime.Offset.FromHours(1), Reader.Dates("2022-11-25T17:03+0100")[0].Offset);
        Assert.Equal(new NodaTime.LocalTime(12, 44), Assert.Single(Reader.Times("Anna Meier, 12:44", [])).Time);
        Assert.Empty(Reader.Dates("Les 32 Alliés ont promis 2 % du PIB et 11 000 soldats."));
    }

    [Theory]
    [InlineData("Un titre pour la page\n\nPublié le 16 mai 2022 à 6h00, mis à jour le 17 mai 2022 à 6h19\n\nLes ministres se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n", "2022-05-16", "stamp", "2022-05-17T06:19:00+02:00")]
    [InlineData("Un titre pour la page\n\nMise à jour 27.06.2012 13h11\n\nLes ministres se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n", "2012-06-27", "stamp", null)]
    [InlineData("Un titre pour la page\n\nPar Anna Meier, 18.07.2019, 12:44\n\nLes ministres se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n", "2019-07-18", "byline", null)]
    [InlineData("Un titre pour la page\n\n  • 06 Dec. 2016 - 07 Dec. 2016\n  • |\n\nLes ministres se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n", "2016-12-06", "stamp", null)]
    [InlineData(" date 2025-09-01 Le secrétaire général a reçu les ministres au siège de l’Organisation à Bruxelles pour préparer le sommet.\n", "2025-09-01", "stamp", null)]
    [InlineData("Un titre pour la page\n\nLes ministres se sont réunis ce mardi 14 mai pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n\nPartager : https://www.example.org/2024/05/14/otan-sommet\n", "2024-05-14", "body", null)]
    public void A_text_is_dated_by_its_stamp_byline_or_address(string raw, string date, string source, string? updated)
    {
        var result = TestCorpus.ProcessText(raw, sidecar: raw.StartsWith(' ') ? "title: Titre\n" : null);
        Assert.True(result.FrontMatter is not null, string.Join("; ", result.Diagnostics.Select(diagnostic => diagnostic.Message)));
        Assert.Equal((date, source), (result.FrontMatter!.Date, result.FrontMatter.DateSource));
        Assert.Equal(updated, result.FrontMatter.Updated);
    }

    [Fact]
    public void A_range_records_the_end_of_the_event()
    {
        var result = TestCorpus.ProcessText("Un titre pour la page\n\n  • 06 Dec. 2016 - 07 Dec. 2016\n\nLes ministres se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n");
        Assert.Equal("2016-12-07", result.FrontMatter!.EventEnd);
    }

    [Fact]
    public void A_relative_time_is_reported_unless_the_sidecar_says_when_the_page_was_read()
    {
        const string Raw = "Un titre pour la page\n\nAFP • il y a 3 heures\n\nLes ministres se sont réunis à Bruxelles pour préparer le sommet de l’Alliance, a indiqué le porte-parole.\n";
        var unresolved = TestCorpus.ProcessText(Raw);
        var finding = Assert.Single(unresolved.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC102");
        Assert.Contains("relative date", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Start.Line);
        Assert.Null(unresolved.Markdown);
        var resolved = TestCorpus.ProcessText(Raw, sidecar: "retrieved: 2025-01-15T01:30:00+01:00\n");
        Assert.Equal(("2025-01-14", "stamp"), (resolved.FrontMatter!.Date, resolved.FrontMatter.DateSource));
    }
}
