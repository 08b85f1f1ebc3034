using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using ThaiGovDocs.Parsing;

namespace ThaiGovDocs.Tests.Parsing;

public sealed class DocumentDraftTests
{
    private static readonly PropertyInfo[] Properties = typeof(DocumentDraft).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void Reset_EveryPropertySetAndEveryListFilled_EqualsANewDraft()
    {
        // The reader reuses one draft per text: a property Reset forgets would leak from one document into the next.
        var draft = new DocumentDraft();
        foreach (var property in Properties)
        {
            if (property.CanWrite)
            {
                property.SetValue(draft, NonDefault(property.PropertyType));
            }
            else if (property.GetValue(draft) is IList list)
            {
                list.Add(NonDefault(list.GetType().GetGenericArguments()[0]));
            }
        }

        draft.Reset();

        var fresh = new DocumentDraft();
        foreach (var property in Properties)
        {
            if (property.GetValue(draft) is IList list)
            {
                list.Count.Should().Be(0, property.Name);
            }
            else
            {
                property.GetValue(draft).Should().Be(property.GetValue(fresh), property.Name);
            }
        }
    }

    private static object NonDefault(Type type) =>
        type == typeof(bool) ? true
        : Nullable.GetUnderlyingType(type) is { } underlying ? Activator.CreateInstance(underlying)!
        : type.IsValueType ? Activator.CreateInstance(type)!
        : RuntimeHelpers.GetUninitializedObject(type);
}
