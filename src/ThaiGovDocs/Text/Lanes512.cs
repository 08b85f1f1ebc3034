using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ThaiGovDocs.Text;

/// <summary><see cref="ILanes{TSelf}"/> over <see cref="Vector512{T}"/>.</summary>
internal readonly struct Lanes512(Vector512<ushort> value) : ILanes<Lanes512>
{
    public Vector512<ushort> Value { get; } = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Is(Lanes512 c, char value) => new(Vector512.Equals(c.Value, Vector512.Create((ushort)value)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 InRange(Lanes512 c, char low, char high) =>
        new(Vector512.LessThanOrEqual(c.Value - Vector512.Create((ushort)low), Vector512.Create((ushort)(high - low))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Equal(Lanes512 a, Lanes512 b) => new(Vector512.Equals(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator &(Lanes512 left, Lanes512 right) => new(left.Value & right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator |(Lanes512 left, Lanes512 right) => new(left.Value | right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator ^(Lanes512 left, Lanes512 right) => new(left.Value ^ right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator ~(Lanes512 value) => new(~value.Value);
}
