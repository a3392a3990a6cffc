namespace NatoCorpus.Model;

public enum EmbedKind
{
    Tweet,
    Banner,
    Caption,
}
