using Microsoft.Playwright;
using NatoCorpus.Commands;
using Xunit.Abstractions;

namespace NatoCorpus.Tests.Reporting;

/// <summary>
/// The report in a real browser: Debian's Chromium driven by Playwright (no browser download). Without a Chromium
/// (`apt-get install chromium`, which .ci/run does) the test says so in its output and checks nothing.
/// </summary>
public sealed class ReviewBrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private static string? Chromium => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    [Fact]
    public async Task A_filter_hides_rows_and_j_goes_to_the_next_text_that_needs_a_person_with_no_request_out_and_no_error()
    {
        if (Chromium is not { } chromium)
        {
            output.WriteLine("SKIPPED: no Chromium at /usr/bin/chromium (apt-get install chromium): the browser test did not run");
            return;
        }
        var (exit, _, error) = _corpus.Run(environment => ReportCommand.Run(environment, new ReportRequest([])));
        Assert.True(exit == 0, error);
        var folder = Path.Combine(_corpus.Root, "report");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1300, Height = 1000 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, message) => problems.Add("page error: " + message);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(new Uri(folder).AbsoluteUri, StringComparison.Ordinal))
            {
                problems.Add("request out of the folder: " + request.Url);
            }
        };

        await page.GotoAsync(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);
        await Assertions.Expect(page.Locator("#f-count")).ToHaveTextAsync("5 of 5 texts");
        await page.CheckAsync("#f-needs");
        // Web-first assertions wait for the page's script: a loaded CI machine must not fail them by timing.
        await Assertions.Expect(page.Locator("#f-count")).ToHaveTextAsync("1 of 5 texts");
        await Assertions.Expect(page.Locator("#texts tbody tr:visible")).ToHaveCountAsync(1);
        Assert.Contains("001_acbb140c3dcff470", await page.Locator("#texts tbody tr:visible").InnerTextAsync(), StringComparison.Ordinal);
        await Shoot(page, "index");

        await page.GotoAsync(new Uri(Path.Combine(folder, "texts", "000_74c7c2f7b85c15bf.html")).AbsoluteUri);
        await Assertions.Expect(page.Locator("a.mark.corr", new() { HasText = "miliaire" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("d");
        await Assertions.Expect(page.Locator("#view-diff")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#view-side")).ToBeHiddenAsync();
        // The wait starts before the key: a navigation that completes first would otherwise be missed.
        var navigated = page.WaitForURLAsync("**/001_acbb140c3dcff470.html");
        await page.Keyboard.PressAsync("j");
        await navigated;
        await Assertions.Expect(page.Locator("#L7.rm-embed")).ToBeVisibleAsync();
        await Shoot(page, "text");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_script_in_a_raw_text_shows_as_text_and_runs_nothing()
    {
        if (Chromium is not { } chromium)
        {
            output.WriteLine("SKIPPED: no Chromium at /usr/bin/chromium (apt-get install chromium): the browser test did not run");
            return;
        }
        File.WriteAllText(Path.Combine(_corpus.Root, "raw", "666_hostile.txt"),
            "L’OTAN réagit aux menaces <script>alert(1)</script> de la Russie\n\n12 février 2025\n\n"
            + "Les ministres de la Défense des pays de l’OTAN se sont retrouvés ce jeudi à Bruxelles <img src=x onerror=alert(2)> pour préparer le sommet.\n");
        var (exit, _, error) = _corpus.Run(environment => ReportCommand.Run(environment, new ReportRequest([])));
        Assert.True(exit == 0, error);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(Path.Combine(_corpus.Root, "report", "texts", "666_hostile.html")).AbsoluteUri);
        Assert.Contains("<script>alert(1)</script>", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", await page.Locator("#view-side").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task A_large_index_adds_its_rows_from_the_chunk_files_and_pages_them()
    {
        if (Chromium is not { } chromium)
        {
            output.WriteLine("SKIPPED: no Chromium at /usr/bin/chromium (apt-get install chromium): the browser test did not run");
            return;
        }
        NatoCorpus.Corpus.CorpusGenerator.FromFolder(Path.Combine(TestCorpus.Root, "raw")).Write(Path.Combine(_corpus.Root, "raw"), 1_200, seed: 3);
        var (exit, _, error) = _corpus.Run(environment => ReportCommand.Run(environment, new ReportRequest([])));
        Assert.True(exit == 0, error);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_corpus.Root, "report", "index.html")).AbsoluteUri);
        // 1,000 rows in the page, 205 from rows/rows-2.js: all counted, 200 shown, the note about them hidden.
        await Assertions.Expect(page.Locator("#f-count")).ToHaveTextAsync("1205 of 1205 texts");
        await Assertions.Expect(page.Locator("#texts tbody tr:visible")).ToHaveCountAsync(ReviewSiteRowsShown);
        await Assertions.Expect(page.Locator("#more-rows")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#pg-at")).ToHaveTextAsync("page 1 of 7");
    }

    private const int ReviewSiteRowsShown = NatoCorpus.Reporting.Review.ReviewSite.IndexPageSize;

    /// <summary>Screenshots for a person to look at, beside the test binaries (not committed).</summary>
    private static async Task Shoot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "report-screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    }
}
