namespace NatoCorpus.Model;

/// <summary>What a date written in a stamp, byline or front matter says about the text.</summary>
public enum DateRole
{
    Published,
    Updated,
    /// <summary>The end of a date range ("06 Dec. 2016 - 07 Dec. 2016"): when the event closed.</summary>
    EventEnd,
}
