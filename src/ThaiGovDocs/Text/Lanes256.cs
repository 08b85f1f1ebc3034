using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ThaiGovDocs.Text;

/// <summary><see cref="ILanes{TSelf}"/> over <see cref="Vector256{T}"/>.</summary>
internal readonly struct Lanes256(Vector256<ushort> value) : ILanes<Lanes256>
{
    public Vector256<ushort> Value { get; } = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Is(Lanes256 c, char value) => new(Vector256.Equals(c.Value, Vector256.Create((ushort)value)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 InRange(Lanes256 c, char low, char high) =>
        new(Vector256.LessThanOrEqual(c.Value - Vector256.Create((ushort)low), Vector256.Create((ushort)(high - low))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Equal(Lanes256 a, Lanes256 b) => new(Vector256.Equals(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator &(Lanes256 left, Lanes256 right) => new(left.Value & right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator |(Lanes256 left, Lanes256 right) => new(left.Value | right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator ^(Lanes256 left, Lanes256 right) => new(left.Value ^ right.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator ~(Lanes256 value) => new(~value.Value);
}
