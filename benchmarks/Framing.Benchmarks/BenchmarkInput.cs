namespace Framing.Benchmarks;

/// <summary>The input one benchmark operation processes; drives the MiB/s and ns/token columns.</summary>
public enum BenchmarkInput
{
    /// <summary>The Arabic article: the 12 Arabic sample documents joined with paragraph breaks.</summary>
    ArabicArticle,

    /// <summary>The English article: the 12 English sample documents joined with paragraph breaks.</summary>
    EnglishArticle,

    /// <summary>One Arabic sample document (average over the 12; used with <c>OperationsPerInvoke = 12</c>).</summary>
    ArabicSampleDocument,

    /// <summary>One English sample document (average over the 12; used with <c>OperationsPerInvoke = 12</c>).</summary>
    EnglishSampleDocument,

    /// <summary>One sample document of either language (average over all 24; used with <c>OperationsPerInvoke = 24</c>).</summary>
    SampleDocument,

    /// <summary>The in-memory JSON Lines corpus of the end-to-end benchmarks (whole lines, all fields).</summary>
    RepeatedCorpus,
}
