using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Lock;

/// <summary>
/// Compares the lock file with what the articles give now. Equal texts cost one string
/// comparison; otherwise the file is read and every difference becomes a problem at the lock
/// file's line: an entry added (CORPUS030, at the entry that follows it), removed (CORPUS031, at
/// its id) or a field changed (CORPUS032, at the value, naming the old and the new value). A lock
/// that cannot be read is CORPUS033; more than <see cref="MaxDifferences"/> differences end with CORPUS034.
/// </summary>
internal static class LockComparison
{
    public const int MaxDifferences = 100;

    public static EquatableArray<Problem> Compare(LockSnapshot now, LockFileText? file, LockSettings settings)
    {
        if (file is null || settings.Update) return EquatableArray<Problem>.Empty;
        if (Normalize(file.Text) == now.Text) return EquatableArray<Problem>.Empty;

        var parsed = LockReader.Read(file.Text, out var error);
        if (parsed is null)
        {
            var e = error!;
            return new EquatableArray<Problem>(new[] { Problem.At(LockIds.Unreadable, file.Path, e.Span.Start, e.Span.End, e.Reason) });
        }

        var problems = new List<Problem>();
        int total = 0;
        void Add(string id, LockSpan span, params string[] args)
        {
            total++;
            if (problems.Count < MaxDifferences) problems.Add(Problem.At(id, file.Path, span.Start, span.End, args));
        }

        Section(parsed, LockContent.OfficialsSection, "official", now.Content.Officials, Add);
        Section(parsed, LockContent.EngagementsSection, "engagement", now.Content.Engagements, Add);

        if (total > problems.Count)
        {
            problems.Add(Problem.AtFile(LockIds.TooManyDifferences, file.Path,
                (total - problems.Count).ToString(CultureInfo.InvariantCulture), MaxDifferences.ToString(CultureInfo.InvariantCulture)));
        }
        return problems.ToEquatableArray();
    }

    private delegate void Reporter(string id, LockSpan span, params string[] args);

    private static void Section(ParsedLock parsed, string section, string noun, EquatableArray<LockEntry> now, Reporter add)
    {
        parsed.Sections.TryGetValue(section, out var old);
        old ??= new List<ParsedEntry>();
        var sectionKey = parsed.SectionKeys.TryGetValue(section, out var k) ? k : default;
        var byId = new Dictionary<string, ParsedEntry>(StringComparer.Ordinal);
        foreach (var e in old) byId[e.Id] = e;
        var sortedOld = old.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var nowIds = new HashSet<string>(now.Select(e => e.Id), StringComparer.Ordinal);

        // Walk both sorted lists so an added entry is reported where it would stand in the file.
        int j = 0;
        foreach (var entry in now)
        {
            while (j < sortedOld.Count && string.CompareOrdinal(sortedOld[j].Id, entry.Id) < 0) j++;
            if (byId.TryGetValue(entry.Id, out var before))
            {
                Fields(noun, entry, before, add);
                continue;
            }
            var where = j < sortedOld.Count ? sortedOld[j].Key : sectionKey;
            add(LockIds.Added, where, noun, entry.Id, Summary(entry));
        }
        foreach (var e in old)
        {
            if (!nowIds.Contains(e.Id)) add(LockIds.Removed, e.Key, noun, e.Id);
        }
    }

    private static void Fields(string noun, LockEntry now, ParsedEntry old, Reporter add)
    {
        foreach (var field in now.Fields)
        {
            var before = old.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (before is null)
            {
                add(LockIds.Changed, old.Key, field.Name, noun, now.Id, "(missing)", LockWriter.Display(field));
                continue;
            }
            if (field.Shape == LockFieldShape.Scalar)
            {
                if (before.Shape != LockFieldShape.Scalar || !string.Equals(before.Value, field.Value, StringComparison.Ordinal))
                {
                    string was = before.Shape == LockFieldShape.Scalar ? LockScalar.Write(before.Value) : LockScalar.WriteFlow(before.Items);
                    add(LockIds.Changed, before.ValueSpan, field.Name, noun, now.Id, was, LockWriter.Display(field));
                }
                continue;
            }
            if (before.Shape == LockFieldShape.Scalar)
            {
                add(LockIds.Changed, before.ValueSpan, field.Name, noun, now.Id, LockScalar.Write(before.Value), LockWriter.Display(field));
                continue;
            }
            if (field.Shape == LockFieldShape.Flow || before.Shape == LockFieldShape.Flow)
            {
                if (!field.Items.SequenceEqual(before.Items, StringComparer.Ordinal))
                    add(LockIds.Changed, before.ValueSpan, field.Name, noun, now.Id, LockScalar.WriteFlow(before.Items), LockScalar.WriteFlow(field.Items));
                continue;
            }
            // A block list: item by item, at the item's line.
            int count = Math.Max(field.Items.Count, before.Items.Count);
            for (int i = 0; i < count; i++)
            {
                string? was = i < before.Items.Count ? before.Items[i] : null;
                string? is_ = i < field.Items.Count ? field.Items[i] : null;
                if (string.Equals(was, is_, StringComparison.Ordinal)) continue;
                var span = i < before.ItemSpans.Count ? before.ItemSpans[i] : before.ItemSpans.Count > 0 ? before.ItemSpans[before.ItemSpans.Count - 1] : before.Key;
                string name = field.Name + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
                add(LockIds.Changed, span, name, noun, now.Id, was is null ? "(none)" : LockScalar.Write(was), is_ is null ? "(none)" : LockScalar.Write(is_));
            }
        }
        foreach (var extra in old.Fields)
        {
            if (!now.Fields.Any(f => f.Name == extra.Name))
                add(LockIds.Changed, extra.Key, extra.Name, noun, now.Id, extra.Shape == LockFieldShape.Scalar ? LockScalar.Write(extra.Value) : LockScalar.WriteFlow(extra.Items), "(no such field)");
        }
    }

    /// <summary>A short description of a new entry for the message: its fields on one line.</summary>
    private static string Summary(LockEntry entry)
    {
        var parts = new List<string>();
        foreach (var f in entry.Fields)
        {
            if (f.Shape == LockFieldShape.Block) parts.Add(f.Name + " " + f.Items.Count.ToString(CultureInfo.InvariantCulture));
            else parts.Add(f.Name + " " + LockWriter.Display(f));
        }
        string text = string.Join(", ", parts);
        return text.Length > 300 ? text.Substring(0, 300) + "…" : text;
    }

    private static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        return text.IndexOf('\r') >= 0 ? text.Replace("\r\n", "\n") : text;
    }
}
