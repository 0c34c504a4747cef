using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Lock;

/// <summary>A place in the lock file: where a key or value starts and where it ends (0-based lines and columns).</summary>
internal readonly record struct LockSpan(TextPosition Start, TextPosition End);

internal sealed class ParsedField
{
    public ParsedField(string name, LockSpan key) { Name = name; Key = key; }
    public string Name { get; }
    public LockSpan Key { get; }
    public LockFieldShape Shape { get; set; }
    public string? Value { get; set; }
    public LockSpan ValueSpan { get; set; }
    public List<string> Items { get; } = new();
    public List<LockSpan> ItemSpans { get; } = new();
}

internal sealed class ParsedEntry
{
    public ParsedEntry(string id, LockSpan key) { Id = id; Key = key; }
    public string Id { get; }
    public LockSpan Key { get; }
    public List<ParsedField> Fields { get; } = new();
}

/// <summary>A lock file read into entries that remember where each key and value stands.</summary>
internal sealed class ParsedLock
{
    public Dictionary<string, List<ParsedEntry>> Sections { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, LockSpan> SectionKeys { get; } = new(StringComparer.Ordinal);
}

/// <summary>Why a lock file cannot be read, and where.</summary>
internal sealed record LockReadError(string Reason, LockSpan Span);

/// <summary>
/// Reads the lock file's format: the canonical layout <see cref="LockWriter"/> writes (two-space
/// indents, one value per line), with comments and blank lines anywhere, CRLF or LF line ends.
/// Anything else is a <see cref="LockReadError"/> at its line and column.
/// </summary>
internal static class LockReader
{
    public static ParsedLock? Read(string text, out LockReadError? error)
    {
        error = null;
        var result = new ParsedLock();
        List<ParsedEntry>? section = null;
        ParsedEntry? entry = null;
        ParsedField? field = null;
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        int offset = 0, lineNumber = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') offset = 1;
        while (offset <= text.Length)
        {
            int end = text.IndexOf('\n', offset);
            if (end < 0) end = text.Length;
            string line = text.Substring(offset, end - offset);
            if (line.EndsWith("\r", StringComparison.Ordinal)) line = line.Substring(0, line.Length - 1);
            int lineStart = offset;
            int n = lineNumber;
            offset = end + 1;
            lineNumber++;

            string trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            int indent = line.Length - trimmed.Length;
            if (line.IndexOf('\t') >= 0) return Fail(out error, "tabs are not allowed; indent with spaces", n, line.IndexOf('\t'), lineStart);
            LockSpan At(int from, int to) => new(new TextPosition(lineStart + from, n, from), new TextPosition(lineStart + to, n, to));

            if (indent == 6 && trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                if (field is null || field.Shape != LockFieldShape.Block || field.Value is not null)
                    return Fail(out error, "a list item must follow a key that ends with ':' such as 'positions:'", n, indent, lineStart);
                int i = indent + 2;
                if (!LockScalar.TryRead(line, ref i, false, out var item, out var reason)) return Fail(out error, reason, n, i, lineStart);
                if (item is null) return Fail(out error, "a list item cannot be ~", n, indent + 2, lineStart);
                field.Items.Add(item);
                field.ItemSpans.Add(At(indent + 2, line.Length));
                continue;
            }

            if (!SplitKey(line, indent, out var key, out int valueStart, out var keyError)) return Fail(out error, keyError, n, indent, lineStart);
            string rest = valueStart < line.Length ? line.Substring(valueStart).Trim() : "";
            int valueAt = valueStart;
            while (valueAt < line.Length && line[valueAt] == ' ') valueAt++;
            switch (indent)
            {
                case 0:
                    field = null;
                    entry = null;
                    if (key == "version")
                    {
                        if (rest != LockWriter.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
                            return Fail(out error, "version '" + rest + "' is not supported (this Corpus.Generator reads version " + LockWriter.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", n, valueAt, lineStart);
                        continue;
                    }
                    if (key != LockContent.OfficialsSection && key != LockContent.EngagementsSection)
                        return Fail(out error, "unknown key '" + key + "'; expected version, officials or engagements", n, 0, lineStart);
                    if (result.Sections.ContainsKey(key)) return Fail(out error, "'" + key + "' is given twice", n, 0, lineStart);
                    if (rest.Length > 0 && rest != "{}") return Fail(out error, "'" + key + ":' must end the line, or be followed by an empty mapping when there are none", n, valueAt, lineStart);
                    section = new List<ParsedEntry>();
                    result.Sections[key] = section;
                    result.SectionKeys[key] = At(0, key.Length);
                    seenIds.Clear();
                    continue;
                case 2:
                    if (section is null) return Fail(out error, "an entry must stand under 'officials:' or 'engagements:'", n, indent, lineStart);
                    if (rest.Length > 0) return Fail(out error, "an entry's id must end the line with ':'", n, valueAt, lineStart);
                    if (!seenIds.Add(key)) return Fail(out error, "the id '" + key + "' is listed twice", n, indent, lineStart);
                    entry = new ParsedEntry(key, At(indent, indent + KeyLength(line, indent)));
                    section.Add(entry);
                    field = null;
                    continue;
                case 4:
                    if (entry is null) return Fail(out error, "a field must stand under an entry's id", n, indent, lineStart);
                    foreach (var f in entry.Fields)
                    {
                        if (f.Name == key) return Fail(out error, "the field '" + key + "' is given twice", n, indent, lineStart);
                    }
                    field = new ParsedField(key, At(indent, indent + key.Length));
                    entry.Fields.Add(field);
                    int v = valueStart;
                    while (v < line.Length && line[v] == ' ') v++;
                    if (v >= line.Length)
                    {
                        field.Shape = LockFieldShape.Block;
                        field.ValueSpan = At(indent, line.Length);
                    }
                    else if (line[v] == '[')
                    {
                        field.Shape = LockFieldShape.Flow;
                        field.ValueSpan = At(v, line.Length);
                        if (!ReadFlow(line, v, field.Items, out int at, out var flowError)) return Fail(out error, flowError, n, at, lineStart);
                    }
                    else
                    {
                        field.Shape = LockFieldShape.Scalar;
                        field.ValueSpan = At(v, line.Length);
                        int i = v;
                        if (!LockScalar.TryRead(line, ref i, false, out var value, out var reason)) return Fail(out error, reason, n, i, lineStart);
                        if (line.Substring(i).Trim().Length > 0) return Fail(out error, "unexpected text after the value", n, i, lineStart);
                        field.Value = value;
                    }
                    continue;
                default:
                    return Fail(out error, "unexpected indentation of " + indent.ToString(System.Globalization.CultureInfo.InvariantCulture) + " spaces; the lock indents by 2", n, indent, lineStart);
            }
        }
        return result;
    }

    private static int KeyLength(string line, int indent)
    {
        int i = line.LastIndexOf(':');
        return Math.Max(0, i - indent);
    }

    /// <summary>Splits "key: value" or "key:" (the key may be quoted) at the colon after the key.</summary>
    private static bool SplitKey(string line, int indent, out string key, out int valueStart, out string error)
    {
        key = "";
        valueStart = line.Length;
        error = "";
        int i = indent;
        if (i < line.Length && line[i] == '"')
        {
            if (!LockScalar.TryRead(line, ref i, false, out var quoted, out error)) return false;
            key = quoted ?? "";
            if (i >= line.Length || line[i] != ':') { error = "expected ':' after the key"; return false; }
            valueStart = i + 1;
            return true;
        }
        int colon = -1;
        for (int j = i; j < line.Length; j++)
        {
            if (line[j] == ':' && (j + 1 == line.Length || line[j + 1] == ' ')) { colon = j; break; }
        }
        if (colon <= i) { error = "expected 'key: value' or 'key:'"; return false; }
        key = line.Substring(i, colon - i);
        valueStart = colon + 1;
        return true;
    }

    private static bool ReadFlow(string line, int start, List<string> items, out int at, out string error)
    {
        int i = start + 1;
        at = i;
        error = "";
        while (i < line.Length && line[i] == ' ') i++;
        if (i < line.Length && line[i] == ']') return Trailing(line, i + 1, out at, out error);
        while (true)
        {
            while (i < line.Length && line[i] == ' ') i++;
            if (!LockScalar.TryRead(line, ref i, true, out var item, out error)) { at = i; return false; }
            if (item is null) { at = i; error = "a list item cannot be ~"; return false; }
            items.Add(item);
            while (i < line.Length && line[i] == ' ') i++;
            if (i < line.Length && line[i] == ',') { i++; continue; }
            if (i < line.Length && line[i] == ']') return Trailing(line, i + 1, out at, out error);
            at = i;
            error = "a list must be closed with ']'";
            return false;
        }
    }

    private static bool Trailing(string line, int i, out int at, out string error)
    {
        at = i;
        error = "";
        if (line.Substring(i).Trim().Length == 0) return true;
        error = "unexpected text after the list";
        return false;
    }

    private static ParsedLock? Fail(out LockReadError? error, string reason, int line, int column, int lineStart)
    {
        var at = new TextPosition(lineStart + column, line, column);
        error = new LockReadError(reason, new LockSpan(at, at));
        return null;
    }
}
