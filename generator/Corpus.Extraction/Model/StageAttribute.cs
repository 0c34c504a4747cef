using System;

namespace Corpus.Extraction.Model;

/// <summary>
/// Marks the entry point of an extraction stage: a function that takes the previous stage's
/// immutable value (and the corpus's settings) and returns a new immutable value. Nothing it
/// accepts or returns has public setters or mutable collections; the architecture tests check
/// every method that carries this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class StageAttribute : Attribute
{
    public StageAttribute(string name) => Name = name;

    /// <summary>The stage's name: Read, Segment, Recognise, Resolve, Events or Curate.</summary>
    public string Name { get; }
}
