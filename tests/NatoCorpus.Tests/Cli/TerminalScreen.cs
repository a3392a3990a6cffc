using System.Text;

namespace NatoCorpus.Tests.Cli;

/// <summary>
/// What a terminal shows after it received some bytes: enough of a VT100 to replay a progress bar's redraws
/// (carriage return, cursor moves, line and screen erasure; colours and modes ignored). Lines are never wrapped,
/// and nothing scrolls out of reach, so an erased report line is visible as such.
/// </summary>
internal sealed class TerminalScreen
{
    private readonly List<StringBuilder> _lines = [new()];
    private int _row;
    private int _column;

    public static IReadOnlyList<string> Render(string transcript)
    {
        var screen = new TerminalScreen();
        screen.Feed(transcript);
        return screen.Lines();
    }

    /// <summary>The lines shown, trailing spaces and trailing empty lines dropped.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = _lines.Select(line => line.ToString().TrimEnd(' ')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    public void Feed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    _column = 0;
                    break;
                case '\n':
                    MoveTo(_row + 1, _column);
                    break;
                case '\b':
                    _column = Math.Max(0, _column - 1);
                    break;
                case '\a':
                    break;
                case '\u001b':
                    i = Escape(text, i);
                    break;
                default:
                    Put(c);
                    break;
            }
        }
    }

    private int Escape(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return start;
        }
        var kind = text[start + 1];
        if (kind == ']')
        {
            // Operating system command (a window title): up to BEL or ST.
            var end = text.IndexOfAny(['\a', '\u001b'], start + 2);
            return end < 0 ? text.Length - 1 : text[end] == '\a' ? end : end + 1;
        }
        if (kind != '[')
        {
            // Two-byte sequences such as ESC = and ESC > (keypad modes).
            return start + 1;
        }
        var i = start + 2;
        var parameters = new StringBuilder();
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ';' or '?' or '>' or '='))
        {
            parameters.Append(text[i]);
            i++;
        }
        if (i >= text.Length)
        {
            return i;
        }
        var values = parameters.ToString().TrimStart('?', '>', '=').Split(';');
        int Number(int index, int fallback) => index < values.Length && int.TryParse(values[index], out var n) && n > 0 ? n : fallback;
        int Mode() => values.Length > 0 && int.TryParse(values[0], out var n) ? n : 0;
        switch (text[i])
        {
            case 'A':
                MoveTo(Math.Max(0, _row - Number(0, 1)), _column);
                break;
            case 'B':
                MoveTo(_row + Number(0, 1), _column);
                break;
            case 'C':
                _column += Number(0, 1);
                break;
            case 'D':
                _column = Math.Max(0, _column - Number(0, 1));
                break;
            case 'G':
                _column = Number(0, 1) - 1;
                break;
            case 'K':
                EraseLine(Mode());
                break;
            case 'J':
                EraseScreen(Mode());
                break;
            default:
                // Colours (m), modes (h, l), cursor save and restore: nothing on the screen changes.
                break;
        }
        return i;
    }

    private void MoveTo(int row, int column)
    {
        while (_lines.Count <= row)
        {
            _lines.Add(new StringBuilder());
        }
        _row = row;
        _column = column;
    }

    private void Put(char c)
    {
        var line = _lines[_row];
        while (line.Length < _column)
        {
            line.Append(' ');
        }
        if (_column < line.Length)
        {
            line[_column] = c;
        }
        else
        {
            line.Append(c);
        }
        _column++;
    }

    private void EraseLine(int mode)
    {
        var line = _lines[_row];
        switch (mode)
        {
            case 0:
                if (_column < line.Length)
                {
                    line.Length = _column;
                }
                break;
            case 1:
                for (var i = 0; i <= _column && i < line.Length; i++)
                {
                    line[i] = ' ';
                }
                break;
            default:
                line.Clear();
                break;
        }
    }

    private void EraseScreen(int mode)
    {
        EraseLine(mode == 0 ? 0 : 2);
        if (mode is 0 or 2 or 3)
        {
            for (var row = _row + 1; row < _lines.Count; row++)
            {
                _lines[row].Clear();
            }
        }
        if (mode is 2 or 3)
        {
            for (var row = 0; row < _row; row++)
            {
                _lines[row].Clear();
            }
        }
    }
}
