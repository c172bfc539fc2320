namespace Framing.Corpus;

/// <summary>The layout of a corpus on disk, as chosen by the user or detected by <see cref="CorpusReaderFactory"/>.</summary>
public enum CorpusFormat
{
    /// <summary>Detect the format from the path (see <see cref="CorpusReaderFactory.DetectFormat"/>).</summary>
    Auto = 0,

    /// <summary>JSON Lines: one JSON object per line (<c>JsonLinesCorpusReader</c>).</summary>
    JsonLines = 1,

    /// <summary>Comma-separated values with a header row (<c>CsvCorpusReader</c>).</summary>
    Csv = 2,

    /// <summary>Tab-separated values with a header row (<c>CsvCorpusReader</c> with a tab delimiter).</summary>
    Tsv = 3,

    /// <summary>A folder of <c>.txt</c> files, one document per file (<c>TextFolderCorpusReader</c>).</summary>
    TextFolder = 4,

    /// <summary>A CSV manifest listing text files and their fields (<c>ManifestCorpusReader</c>).</summary>
    Manifest = 5,
}
