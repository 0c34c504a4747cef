using System.Collections.Generic;
using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>Every diagnostic the generator reports. docs/diagnostics.md documents each one, and a test keeps the two in step.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Corpus";

    private static DiagnosticDescriptor Make(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    public static readonly DiagnosticDescriptor YamlSyntax = Make(ProblemIds.YamlSyntax, "YAML syntax error",
        "The YAML cannot be read: {0}. Fix the syntax at this line and column.", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor WrongValueType = Make(ProblemIds.WrongValueType, "Wrong value type",
        "'{0}' must be {1}", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownKey = Make(ProblemIds.UnknownKey, "Unknown key",
        "Unknown key '{0}' in {1}: {2}", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidDate = Make(ProblemIds.InvalidDate, "Invalid date",
        "'{0}' is not a valid ISO 8601 date: write YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM for a date that exists", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownCountry = Make(ProblemIds.UnknownCountry, "Unknown country code",
        "'{0}' is not an ISO 3166-1 country code: write the alpha-2 (TR) or alpha-3 (TUR) code", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateId = Make(ProblemIds.DuplicateId, "Duplicate id",
        "Another {0} already has the id '{1}': {2}", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MemberNameCollision = Make(ProblemIds.MemberNameCollision, "Member names collide",
        "The {0} '{1}' would be named '{2}' like another one, so it is generated as '{3}'; rename one of them to choose the names yourself", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ParticipantNotMentioned = Make(ProblemIds.ParticipantNotMentioned, "Curated person not in the article",
        "'{0}' is not mentioned in {1}: spell the name as the article does, or remove it", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EvidenceNotFound = Make(ProblemIds.EvidenceNotFound, "Evidence not in the article",
        "The evidence \"{0}\" does not occur verbatim in the article: copy the words exactly as the article has them", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SidecarWithoutArticle = Make(ProblemIds.SidecarWithoutArticle, "Sidecar without article",
        "The sidecar '{0}' has no article '{1}' beside it: rename it to match its article's file name, or remove it", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EmptyArticle = Make(ProblemIds.EmptyArticle, "Empty article",
        "The article '{0}' is empty: add its text or remove the file", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidValue = Make(ProblemIds.InvalidValue, "Invalid value",
        "'{0}' is not a valid {1}: {2}", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownTopic = Make(ProblemIds.UnknownTopic, "Unknown topic",
        "The topic '{0}' is not in the vocabulary: {1}", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor NotUtf8 = Make(ProblemIds.NotUtf8, "File is not UTF-8",
        "The file '{0}' has bytes that are not UTF-8: save it as UTF-8", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ArticleTooLarge = Make(ProblemIds.ArticleTooLarge, "Article too large",
        "The article '{0}' has {1} characters, more than the {2} an article may have: split it", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnexpectedFailure = Make(ProblemIds.UnexpectedFailure, "Unexpected failure",
        "Corpus could not process '{0}' ({1}); the rest of the corpus was generated. Please report this with the file.", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidNamespace = Make(ProblemIds.InvalidNamespace, "Invalid namespace",
        "CorpusNamespace '{0}' is not a valid C# namespace, so '{1}' is used: set it to dotted identifiers such as My.Corpus", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MemberNameAdjusted = Make(ProblemIds.MemberNameAdjusted, "Member name adjusted",
        "The {0} '{1}' is generated as '{2}' because {3}", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor YamlLimit = Make(ProblemIds.YamlLimit, "YAML over a limit",
        "The YAML is too large or too deep to read: {0}, over the limit of {1}. Simplify or split it.", DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [YamlSyntax.Id] = YamlSyntax, [WrongValueType.Id] = WrongValueType, [UnknownKey.Id] = UnknownKey, [InvalidDate.Id] = InvalidDate,
        [UnknownCountry.Id] = UnknownCountry, [DuplicateId.Id] = DuplicateId, [MemberNameCollision.Id] = MemberNameCollision,
        [ParticipantNotMentioned.Id] = ParticipantNotMentioned, [EvidenceNotFound.Id] = EvidenceNotFound,
        [SidecarWithoutArticle.Id] = SidecarWithoutArticle, [EmptyArticle.Id] = EmptyArticle, [InvalidValue.Id] = InvalidValue,
        [UnknownTopic.Id] = UnknownTopic, [NotUtf8.Id] = NotUtf8, [ArticleTooLarge.Id] = ArticleTooLarge,
        [UnexpectedFailure.Id] = UnexpectedFailure, [InvalidNamespace.Id] = InvalidNamespace, [MemberNameAdjusted.Id] = MemberNameAdjusted,
        [YamlLimit.Id] = YamlLimit,
        // The lock file (Lock/) and the checked-lookups analyzer (Lookups/).
        [Lock.LockDiagnostics.Added.Id] = Lock.LockDiagnostics.Added, [Lock.LockDiagnostics.Removed.Id] = Lock.LockDiagnostics.Removed,
        [Lock.LockDiagnostics.Changed.Id] = Lock.LockDiagnostics.Changed, [Lock.LockDiagnostics.Unreadable.Id] = Lock.LockDiagnostics.Unreadable,
        [Lock.LockDiagnostics.TooManyDifferences.Id] = Lock.LockDiagnostics.TooManyDifferences,
        [Lookups.LookupDiagnostics.UnknownId.Id] = Lookups.LookupDiagnostics.UnknownId, [Lookups.LookupDiagnostics.KnownId.Id] = Lookups.LookupDiagnostics.KnownId,
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor For(string id) => s_byId.TryGetValue(id, out var d) ? d : UnexpectedFailure;
}
