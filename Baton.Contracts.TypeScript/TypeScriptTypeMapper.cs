using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baton.Contracts.TypeScript;

/// <summary>
/// Turns contract types into TypeScript type expressions, and remembers every record and enum it
/// meets so each is declared once, as System.Text.Json puts it on the wire.
/// </summary>
internal sealed class TypeScriptTypeMapper
{
    /// <summary>The TypeScript name of a JSON value the Claude Code CLI produced.</summary>
    public const string CliJson = "CliJson";

    private static readonly HashSet<Type> NumberTypes =
        [typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    private static readonly HashSet<Type> StringTypes = [typeof(string), typeof(Guid), typeof(DateTimeOffset), typeof(DateTime)];

    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<string, Type> _namedTypes = new(StringComparer.Ordinal);
    private readonly Queue<Type> _undeclared = new();

    /// <summary>A hub method's argument or result; SignalR payloads are never null.</summary>
    public string Reference(Type type) => Map(type, elementNullability: null);

    /// <summary>Every type met so far and the types they refer to, declared once each, in name order.</summary>
    public IReadOnlyList<string> Declarations()
    {
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (_undeclared.TryDequeue(out var type))
        {
            declarations.Add(type.Name, Declare(type));
        }

        return [.. declarations.Values];
    }

    private string Declare(Type type)
    {
        if (type.IsEnum)
        {
            return TypeScriptText.Union(type.Name, EnumWireNames(type).Select(TypeScriptText.Quote));
        }

        if (type.GetCustomAttribute<JsonPolymorphicAttribute>() is not null)
        {
            return TypeScriptText.Union(type.Name, DerivedTypes(type).Select(derived => Reference(derived.Type)));
        }

        var discriminator = DiscriminatorOf(type);
        var lines = new List<string>();
        if (discriminator is not null)
        {
            lines.Add($"{discriminator.Value.Property}: {TypeScriptText.Quote(discriminator.Value.Value)};");
        }

        lines.AddRange(WireProperties(type).Select(Property));
        return TypeScriptText.ObjectType(type.Name, lines);
    }

    private string Property(PropertyInfo property)
    {
        var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            ?? TypeScriptText.CamelCase(property.Name);
        var info = _nullability.Create(property);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var typeScript = Map(type, info);
        if (info.ReadState is not NullabilityState.Nullable)
        {
            return $"{name}: {typeScript};";
        }

        // A CLI value is `unknown`, which already admits null; `| null` would be redundant to the linter.
        return type == typeof(JsonElement) ? $"{name}?: {typeScript};" : $"{name}?: {typeScript} | null;";
    }

    private string Map(Type type, NullabilityInfo? elementNullability)
    {
        if (StringTypes.Contains(type))
        {
            return "string";
        }

        if (NumberTypes.Contains(type))
        {
            return "number";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type == typeof(JsonElement))
        {
            return CliJson;
        }

        if (ElementType(type, elementNullability) is { } element)
        {
            var elementType = Nullable.GetUnderlyingType(element.Type) ?? element.Type;
            var mapped = Map(elementType, element.Nullability);
            return element.Nullability?.ReadState is NullabilityState.Nullable ? $"({mapped} | null)[]" : $"{mapped}[]";
        }

        if (type.Assembly == typeof(Hubs.WireEvents).Assembly && (type.IsEnum || type.IsClass))
        {
            Remember(type);
            return type.Name;
        }

        throw new NotSupportedException($"No TypeScript mapping for {type.FullName}; add one to {nameof(TypeScriptTypeMapper)}.");
    }

    private void Remember(Type type)
    {
        if (_namedTypes.TryAdd(type.Name, type))
        {
            _undeclared.Enqueue(type);
        }
        else if (_namedTypes[type.Name] != type)
        {
            throw new InvalidOperationException($"{_namedTypes[type.Name].FullName} and {type.FullName} would share one TypeScript name.");
        }
    }

    private static (Type Type, NullabilityInfo? Nullability)? ElementType(Type type, NullabilityInfo? nullability)
    {
        if (type.IsArray)
        {
            return (type.GetElementType()!, nullability?.ElementType);
        }

        if (type.IsGenericType && type != typeof(string) && type.GetGenericArguments().Length == 1
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return (type.GetGenericArguments()[0], nullability?.GenericTypeArguments.FirstOrDefault());
        }

        return null;
    }

    private static IEnumerable<PropertyInfo> WireProperties(Type type)
    {
        var hierarchy = new Stack<Type>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            hierarchy.Push(current);
        }

        return hierarchy
            .SelectMany(level => level
                .GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .OrderBy(property => property.MetadataToken))
            .Where(property => property.GetMethod is not null
                && property.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always });
    }

    private static IEnumerable<string> EnumWireNames(Type type)
    {
        if (type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType is not { IsGenericType: true } converter
            || converter.GetGenericTypeDefinition() != typeof(JsonStringEnumConverter<>))
        {
            throw new InvalidOperationException($"{type.FullName} must be written as strings (JsonStringEnumConverter).");
        }

        return type
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(field => field.MetadataToken)
            .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{type.FullName}.{field.Name} needs [JsonStringEnumMemberName]."));
    }

    private static IEnumerable<(Type Type, string Discriminator)> DerivedTypes(Type type) => type
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Select(attribute => (attribute.DerivedType, attribute.TypeDiscriminator as string
            ?? throw new InvalidOperationException($"{attribute.DerivedType.FullName} needs a string discriminator.")))
        .OrderBy(derived => derived.DerivedType.Name, StringComparer.Ordinal);

    private static (string Property, string Value)? DiscriminatorOf(Type type)
    {
        if (type.BaseType is not { } baseType
            || baseType.GetCustomAttribute<JsonPolymorphicAttribute>() is not { } polymorphic)
        {
            return null;
        }

        var (_, value) = DerivedTypes(baseType).Single(derived => derived.Type == type);
        return (polymorphic.TypeDiscriminatorPropertyName ?? "$type", value);
    }
}
