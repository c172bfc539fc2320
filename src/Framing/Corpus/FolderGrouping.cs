namespace Framing.Corpus;

/// <summary>How <c>TextFolderCorpusReader</c> assigns documents to groups (outlets).</summary>
public enum FolderGrouping
{
    /// <summary>
    /// The group is the first sub-folder under the corpus root (<c>root/aljazeera/2024/a.txt</c> belongs to
    /// <c>aljazeera</c>). Files directly in the root belong to the group <c>TextFolderCorpusReader.RootGroup</c>.
    /// </summary>
    Folder = 0,

    /// <summary>
    /// Each file is its own group, named by its path relative to the root without the <c>.txt</c> extension
    /// (for a flat folder, simply the file name without extension).
    /// </summary>
    File = 1,
}
