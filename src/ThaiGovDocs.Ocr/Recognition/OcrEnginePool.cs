using System.Collections.Concurrent;
using ThaiGovDocs.Ocr.Interop;

namespace ThaiGovDocs.Ocr.Recognition;

/// <summary>Hands out initialised engines, one per worker, creating at most <see cref="Size"/> of them.</summary>
/// <remarks>Engines are expensive to initialise (model loading) and not thread-safe; pooling reuses them across pages and files.</remarks>
internal sealed class OcrEnginePool : IDisposable
{
    private readonly ConcurrentBag<OcrEngine> idle = [];
    private readonly SemaphoreSlim slots;
    private readonly Func<OcrEngine> factory;
    private readonly ConcurrentBag<OcrEngine> all = [];
    private bool disposed;

    /// <summary>Creates a pool of up to <paramref name="size"/> engines built by <paramref name="factory"/>.</summary>
    public OcrEnginePool(int size, Func<OcrEngine> factory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        this.factory = factory;
        slots = new SemaphoreSlim(size, size);
    }

    /// <summary>Creates a pool for <paramref name="options"/>: sets OMP_THREAD_LIMIT natively first, and locates the models.</summary>
    public static OcrEnginePool Create(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.OmpThreadLimit is { } limit) NativeEnvironment.Set("OMP_THREAD_LIMIT", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        NativeLibraryResolver.EnsureOcrLibrariesLoaded();
        var letters = options.LetterPass();
        var tessdata = TessdataLocator.Locate(letters is null ? options.Languages : options.Languages + "+" + letters, options.TessdataPath);
        var osd = options.Pipeline.DetectOrientation ? OrientationDetector.FindModelFolder(tessdata) : null;
        var lexicon = options.RepairWords ? ThaiDictionary.Load(options.ThaiDictionaryPath) : null;
        return new OcrEnginePool(
            Math.Max(1, options.MaxDegreeOfParallelism),
            () => new OcrEngine(tessdata, options.Languages, options.PageSegmentationMode, options.Variables, osd, letters, options.LetterPassSureWordConfidence, options.LetterPassContext, lexicon));
    }

    /// <summary>Most engines this pool will create.</summary>
    public int Size { get; }

    /// <summary>Runs <paramref name="work"/> with an engine, waiting for one when all are busy.</summary>
    public T Use<T>(Func<OcrEngine, T> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(disposed, this);
        slots.Wait(ct);
        OcrEngine? engine = null;
        try
        {
            if (!idle.TryTake(out engine))
            {
                engine = factory();
                all.Add(engine);
            }

            return work(engine);
        }
        finally
        {
            if (engine is not null) idle.Add(engine);
            slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        foreach (var engine in all) engine.Dispose();
        slots.Dispose();
    }
}
