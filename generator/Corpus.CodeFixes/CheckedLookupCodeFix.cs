using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.CodeFixes;

/// <summary>
/// Fixes of the checked lookups: a lookup of a known id (CORPUS201) becomes the member
/// (<c>Officials.All.Find("vong-pisen")</c> → <c>Officials.VongPisen</c>), and an unknown id
/// (CORPUS200) becomes the nearest id the analyzer suggests.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckedLookupCodeFix)), Shared]
public sealed class CheckedLookupCodeFix : CodeFixProvider
{
    // The same values as Corpus.Generator.Lookups.LookupDiagnostics; a test keeps them equal.
    internal const string UnknownIdId = "CORPUS200";
    internal const string KnownIdId = "CORPUS201";
    internal const string MemberProperty = "Member";
    internal const string SuggestionProperty = "Suggestion";
    internal const string OnListProperty = "OnList";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UnknownIdId, KnownIdId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == KnownIdId)
            {
                if (!diagnostic.Properties.TryGetValue(MemberProperty, out var member) || string.IsNullOrEmpty(member)) continue;
                bool onList = diagnostic.Properties.TryGetValue(OnListProperty, out var list) && list == "true";
                var invocation = node.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                var owner = Owner(invocation, onList);
                if (invocation is null || owner is null) continue;
                var replacement = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner.WithoutTrivia(), SyntaxFactory.IdentifierName(member!))
                    .WithTriviaFrom(invocation);
                string title = "Use " + owner.WithoutTrivia().ToString() + "." + member;
                context.RegisterCodeFix(CodeAction.Create(title, ct => Replace(context.Document, invocation, replacement, ct), equivalenceKey: KnownIdId), diagnostic);
            }
            else if (diagnostic.Id == UnknownIdId)
            {
                if (!diagnostic.Properties.TryGetValue(SuggestionProperty, out var suggestion) || suggestion is null) continue;
                var literal = node as LiteralExpressionSyntax ?? node.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>().FirstOrDefault();
                if (literal is null || !literal.IsKind(SyntaxKind.StringLiteralExpression)) continue;
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal);
                context.RegisterCodeFix(CodeAction.Create("Use the id \"" + suggestion + "\"", ct => Replace(context.Document, literal, replacement, ct), equivalenceKey: UnknownIdId + ":" + suggestion), diagnostic);
            }
        }
    }

    /// <summary>The class looked up in: <c>Officials</c> of <c>Officials.All.Find(…)</c>, or <c>Countries</c> of <c>Countries.Find(…)</c>.</summary>
    private static ExpressionSyntax? Owner(InvocationExpressionSyntax? invocation, bool onList)
    {
        if (invocation?.Expression is not MemberAccessExpressionSyntax method) return null;
        if (!onList) return method.Expression;
        return method.Expression is MemberAccessExpressionSyntax all ? all.Expression : null;
    }

    private static async Task<Document> Replace(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}
