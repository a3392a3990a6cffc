using NatoCorpus.Text;

namespace NatoCorpus.Model;

/// <summary>A sidecar file as read: where it is, the SHA-256 of its bytes (recorded in the front matter) and its fields.</summary>
public sealed record Sidecar(string Path, string Sha256, SidecarFields Fields)
{
    /// <summary>Where each of <see cref="SidecarFields.Suppressions"/> starts in the sidecar, so findings about one point there.</summary>
    public IReadOnlyList<LinePosition> SuppressionPlaces { get; init; } = [];
}
