using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThaiGovDocs.Tests.Corpus;

/// <summary>
/// Compares the library's JSON with an <c>*.expected.json</c> field by field, with the rules of <c>shared/tools/score.py</c>:
/// NFC and white-space folding for strings, null meaning absent or empty, exact counts for attachments and references,
/// "contains" for receipts, positions, phones and e-mails, documents aligned in order by agreement.
/// </summary>
internal static partial class ContractComparer
{
    public sealed record Mismatch(string Path, string Want, string Got)
    {
        public override string ToString() => $"{Path}: want={Want} got={Got}";
    }

    /// <summary>Compares <paramref name="pred"/> with <paramref name="gold"/>; with <paramref name="skipHandwritten"/>, as
    /// <c>score.py --skip-handwritten</c>: a handwritten serial is not compared, and of a handwritten day's date only the
    /// month and year.</summary>
    public static (int Checked, List<Mismatch> Misses) Compare(JsonElement gold, JsonElement pred, bool skipHandwritten = false)
    {
        var misses = new List<Mismatch>();
        int count = 0;
        void Rec(string path, bool ok, JsonElement want, JsonElement? got)
        {
            count++;
            if (!ok)
            {
                misses.Add(new Mismatch(path, want.GetRawText(), got?.GetRawText() ?? "null"));
            }
        }

        var goldDocs = gold.GetProperty("documents").EnumerateArray().ToList();
        var predDocs = pred.TryGetProperty("documents", out var pd) ? pd.EnumerateArray().ToList() : [];
        int j = 0;
        for (int i = 0; i < goldDocs.Count; i++)
        {
            var g = goldDocs[i];
            int best = -1;
            int bestHits = -1;
            for (int k = j; k < predDocs.Count; k++)
            {
                int hits = 0;
                foreach (var f in new[] { "kind", "subject", "date", "addressee" })
                {
                    if (g.TryGetProperty(f, out var v) && Eq(v, Get(predDocs[k], f)))
                    {
                        hits++;
                    }
                }

                if (g.TryGetProperty("number", out var gn) && gn.ValueKind == JsonValueKind.Object && Get(predDocs[k], "number") is { ValueKind: JsonValueKind.Object } pn
                    && Eq(Get(gn, "serial") ?? default, Get(pn, "serial")))
                {
                    hits += 2;
                }

                if (hits > bestHits)
                {
                    best = k;
                    bestHits = hits;
                }
            }

            JsonElement? p = best >= 0 ? predDocs[best] : null;
            if (best >= 0)
            {
                j = best + 1;
            }

            CompareDocument($"doc[{i}]", g, p, skipHandwritten, Rec);
        }

        return (count, misses);
    }

    private static void CompareDocument(string path, JsonElement g, JsonElement? p, bool skipHandwritten, Action<string, bool, JsonElement, JsonElement?> rec)
    {
        var dayHandwritten = g.TryGetProperty("dayHandwritten", out var day) && day.ValueKind == JsonValueKind.True;
        foreach (var field in g.EnumerateObject())
        {
            if (field.Name == "dayHandwritten")
            {
                continue;
            }

            var got = p is { } doc ? Get(doc, field.Name) : null;
            string kp = $"{path}.{field.Name}";
            switch (field.Name)
            {
                case "number":
                    CompareNumber(kp, field.Value, got, skipHandwritten, rec);
                    break;
                case "date" when skipHandwritten && dayHandwritten && field.Value.ValueKind == JsonValueKind.String:
                    rec($"{kp}(month)", got is { ValueKind: JsonValueKind.String } d && d.GetString()!.StartsWith(field.Value.GetString()![..7], StringComparison.Ordinal), field.Value, got);
                    break;
                case "attachments" or "references":
                    CompareItems(kp, field.Value, got, exactCount: true, rec);
                    break;
                case "receipts":
                    CompareItems(kp, field.Value, got, exactCount: false, rec);
                    break;
                case "signatory":
                    CompareObject(kp, field.Value, got, rec);
                    break;
                case "contacts":
                    foreach (var kind in field.Value.EnumerateObject())
                    {
                        var list = got is { } c && Get(c, kind.Name) is { ValueKind: JsonValueKind.Array } arr
                            ? arr.EnumerateArray().Select(x => kind.Name == "emails" ? Norm(x.GetString()) : PhoneString(x)).ToList()
                            : [];
                        foreach (var w in kind.Value.EnumerateArray())
                        {
                            rec($"{kp}.{kind.Name}", list.Contains(Norm(w.GetString())), w, got is { } cc ? Get(cc, kind.Name) : null);
                        }
                    }

                    break;
                default:
                    rec(kp, Eq(field.Value, got), field.Value, got);
                    break;
            }
        }
    }

    private static void CompareNumber(string kp, JsonElement want, JsonElement? got, bool skipHandwritten, Action<string, bool, JsonElement, JsonElement?> rec)
    {
        var serialHandwritten = want.TryGetProperty("serialHandwritten", out var hw) && hw.ValueKind == JsonValueKind.True;
        foreach (var f in want.EnumerateObject())
        {
            if (f.Name == "serialHandwritten" || (skipHandwritten && serialHandwritten && f.Name == "serial"))
            {
                continue;
            }

            var g = got is { ValueKind: JsonValueKind.Object } o ? Get(o, f.Name) : null;
            rec($"{kp}.{f.Name}", Eq(f.Value, g), f.Value, g);
        }
    }

    private static void CompareObject(string kp, JsonElement want, JsonElement? got, Action<string, bool, JsonElement, JsonElement?> rec)
    {
        foreach (var f in want.EnumerateObject())
        {
            var g = got is { ValueKind: JsonValueKind.Object } o ? Get(o, f.Name) : null;
            if (f.Name == "positions")
            {
                var have = g is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => Norm(x.GetString())).ToList() : [];
                foreach (var w in f.Value.EnumerateArray())
                {
                    rec($"{kp}.positions", have.Contains(Norm(w.GetString())), w, g);
                }
            }
            else if (f.Name == "number" && f.Value.ValueKind == JsonValueKind.Object)
            {
                CompareNumber($"{kp}.number", f.Value, g, skipHandwritten: false, rec);
            }
            else if (f.Name == "textStartsWith")
            {
                var text = got is { ValueKind: JsonValueKind.Object } t ? Norm(Get(t, "text")?.GetString()) ?? "" : "";
                rec($"{kp}.text^", text.StartsWith(Norm(f.Value.GetString())!, StringComparison.Ordinal), f.Value, got);
            }
            else
            {
                rec($"{kp}.{f.Name}", Eq(f.Value, g), f.Value, g);
            }
        }
    }

    private static void CompareItems(string kp, JsonElement want, JsonElement? got, bool exactCount, Action<string, bool, JsonElement, JsonElement?> rec)
    {
        var wants = want.EnumerateArray().ToList();
        var gots = got is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToList() : [];
        if (exactCount)
        {
            using var doc = JsonDocument.Parse(wants.Count.ToString(CultureInfo.InvariantCulture));
            using var gotDoc = JsonDocument.Parse(gots.Count.ToString(CultureInfo.InvariantCulture));
            rec($"{kp}.count", wants.Count == gots.Count, doc.RootElement.Clone(), gotDoc.RootElement.Clone());
        }

        var used = new HashSet<int>();
        for (int i = 0; i < wants.Count; i++)
        {
            int best = -1;
            int bestHits = -1;
            for (int j = 0; j < gots.Count; j++)
            {
                if (used.Contains(j))
                {
                    continue;
                }

                int hits = wants[i].EnumerateObject().Count(p => p.Name != "textStartsWith" && Eq(p.Value, Get(gots[j], p.Name)));
                if (hits > bestHits)
                {
                    best = j;
                    bestHits = hits;
                }
            }

            if (best >= 0)
            {
                used.Add(best);
            }

            CompareObject($"{kp}[{i}]", wants[i], best >= 0 ? gots[best] : null, rec);
        }
    }

    private static JsonElement? Get(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) ? v : null;

    private static bool Eq(JsonElement want, JsonElement? got)
    {
        switch (want.ValueKind)
        {
            case JsonValueKind.Array when want.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String) && want.GetArrayLength() > 0:
                return want.EnumerateArray().Any(w => Eq(w, got));
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return got is null || got.Value.ValueKind == JsonValueKind.Null
                    || (got.Value.ValueKind == JsonValueKind.String && got.Value.GetString()!.Length == 0)
                    || (got.Value.ValueKind == JsonValueKind.Array && got.Value.GetArrayLength() == 0);
            case JsonValueKind.String:
                return got is { ValueKind: JsonValueKind.String or JsonValueKind.Number } g
                    && Norm(want.GetString()) == Norm(g.ValueKind == JsonValueKind.String ? g.GetString() : g.GetRawText());
            case JsonValueKind.Number:
                return got is { ValueKind: JsonValueKind.Number } n && n.GetDecimal() == want.GetDecimal();
            case JsonValueKind.True or JsonValueKind.False:
                return got is { } b && b.ValueKind == want.ValueKind;
            default:
                return got is { } o && o.GetRawText() == want.GetRawText();
        }
    }

    private static string PhoneString(JsonElement p)
    {
        if (p.ValueKind == JsonValueKind.Object)
        {
            var number = NonDigits().Replace(Get(p, "number")?.GetString() ?? "", "");
            var ext = Get(p, "ext") is { ValueKind: JsonValueKind.String } e ? NonDigits().Replace(e.GetString()!, "") : null;
            return string.IsNullOrEmpty(ext) ? number : $"{number} ext {ext}";
        }

        return Norm(p.GetString()) ?? "";
    }

    private static string? Norm(string? s)
    {
        if (s is null)
        {
            return null;
        }

        s = s.Normalize(NormalizationForm.FormC).Replace("\u0E4D\u0E32", "\u0E33", StringComparison.Ordinal);
        s = ZeroWidth().Replace(s, "");
        return Spaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex("[\u200b\u200c\u200d\ufeff]")]
    private static partial Regex ZeroWidth();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();
}
