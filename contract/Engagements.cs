// One definition of the kinds and statuses of an engagement. This file is compiled into
// Corpus.Runtime (where CORPUS_RUNTIME is defined and the enums are the public API in namespace
// Corpus) and into Corpus.Extraction (namespace Corpus.Contract). The order of the members is part
// of the compiled data layout: the data stores a kind or status as its number.

#if CORPUS_RUNTIME
namespace Corpus
#else
namespace Corpus.Contract
#endif
{
    /// <summary>The kind of an engagement.</summary>
    public enum EngagementKind
    {
        /// <summary>A meeting, courtesy or farewell call, talks.</summary>
        Meeting,
        /// <summary>An official visit, a port call.</summary>
        Visit,
        /// <summary>The signing of an agreement or memorandum of understanding.</summary>
        Agreement,
        /// <summary>A training programme or course.</summary>
        Training,
        /// <summary>A joint military exercise or drill.</summary>
        Exercise,
        /// <summary>A ceremony, commemoration or reception.</summary>
        Ceremony,
        /// <summary>Aid, a donation or a handover.</summary>
        Aid,
        /// <summary>A summit, conference or forum.</summary>
        Conference,
        /// <summary>Anything else that is an event of the relationship.</summary>
        Other,
    }

    /// <summary>Whether an engagement has happened or is announced.</summary>
    public enum EngagementStatus
    {
        /// <summary>It took place.</summary>
        Held,
        /// <summary>It is announced or planned.</summary>
        Planned,
    }
}

namespace Corpus.Contract
{
    /// <summary>
    /// The interchange names of the kinds and statuses (<c>meeting</c>, <c>planned</c>, …): the
    /// enum members' names in lower case, in the enums' order. Sidecars, the engine's facts and the
    /// interchange JSON use these names; the compiled data uses the members' numbers.
    /// </summary>
    internal static class EngagementNames
    {
        /// <summary>Every kind's name, in the order of <see cref="EngagementKind"/>.</summary>
        public static readonly string[] Kinds = Lower(System.Enum.GetNames(typeof(EngagementKind)));

        /// <summary>Every status's name, in the order of <see cref="EngagementStatus"/>.</summary>
        public static readonly string[] Statuses = Lower(System.Enum.GetNames(typeof(EngagementStatus)));

        /// <summary>The kind for events of no other kind.</summary>
        public static string Other => Name(EngagementKind.Other);

        /// <summary>The status of an engagement that took place.</summary>
        public static string Held => Name(EngagementStatus.Held);

        /// <summary>The status of an announced engagement.</summary>
        public static string Planned => Name(EngagementStatus.Planned);

        public static string Name(EngagementKind kind) => Kinds[(int)kind];

        public static string Name(EngagementStatus status) => Statuses[(int)status];

        /// <summary>The number of a kind's name; an unknown name is <see cref="EngagementKind.Other"/>.</summary>
        public static int KindNumber(string? name)
        {
            int i = name is null ? -1 : System.Array.IndexOf(Kinds, name);
            return i < 0 ? (int)EngagementKind.Other : i;
        }

        /// <summary>The number of a status's name; an unknown name is <see cref="EngagementStatus.Held"/>.</summary>
        public static int StatusNumber(string? name)
        {
            int i = name is null ? -1 : System.Array.IndexOf(Statuses, name);
            return i < 0 ? (int)EngagementStatus.Held : i;
        }

        private static string[] Lower(string[] names)
        {
            var lower = new string[names.Length];
            for (int i = 0; i < names.Length; i++) lower[i] = names[i].ToLowerInvariant();
            return lower;
        }
    }
}
