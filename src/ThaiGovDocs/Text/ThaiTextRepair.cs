// PLACEHOLDER: replaced by the text-primitives work (helper branch text-core).
namespace ThaiGovDocs.Text;

/// <summary>Repairs the damage OCR engines and PDF text layers do to Thai.</summary>
public static class ThaiTextRepair
{
    /// <summary>Repairs <paramref name="text"/>, keeping a map to its offsets.</summary>
    public static RepairedText Repair(string text) => throw new NotImplementedException();
}
