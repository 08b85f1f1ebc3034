using System.Numerics;

namespace ThaiGovDocs.Text;

/// <summary>A vector of UTF-16 characters, so that a <see cref="IPairRule"/> is written once for every vector width.</summary>
/// <typeparam name="TSelf">The vector type itself.</typeparam>
internal interface ILanes<TSelf> : IBitwiseOperators<TSelf, TSelf, TSelf>
    where TSelf : struct, ILanes<TSelf>
{
    /// <summary>All bits set in the lanes where <paramref name="c"/> equals <paramref name="value"/>.</summary>
    static abstract TSelf Is(TSelf c, char value);

    /// <summary>All bits set in the lanes where low ≤ c ≤ high (one unsigned comparison).</summary>
    static abstract TSelf InRange(TSelf c, char low, char high);

    /// <summary>All bits set in the lanes where <paramref name="a"/> and <paramref name="b"/> are equal.</summary>
    static abstract TSelf Equal(TSelf a, TSelf b);
}
