using Corpus.Extraction.Resolve;

namespace Corpus.Tests.Performance;

/// <summary>
/// The log of the registry's answers that lets the second pass of name resolution take the first pass's search of a
/// sentence: it must say the answers still hold only when every question gets the answer it got.
/// </summary>
public class NameLookupLogTests
{
    [Fact]
    public void The_answers_hold_while_the_registry_answers_as_it_did_and_not_once_one_answer_changes()
    {
        var shortForms = new HashSet<string> { "Tevan" };
        var fullNames = new HashSet<string>();
        var log = NameLookupLog.For(shortForms.Contains, fullNames.Contains, (text, start, length) => fullNames.Contains(text.Substring(start, length)));
        try
        {
            int from = log.Count;
            Assert.True(log.IsKnownShortForm("Tevan"));
            Assert.False(log.IsKnownShortForm("Sok"));
            Assert.False(log.MayBeKnownFullName("Gen. Moul Tevan said", 5, 10));
            Assert.False(log.IsKnownFullName("Sok Dara"));
            int to = log.Count;
            Assert.Equal(4, to - from);
            Assert.True(log.StillHolds(from, to));

            shortForms.Add("Sok");
            Assert.False(log.StillHolds(from, to));
            shortForms.Remove("Sok");
            Assert.True(log.StillHolds(from, to));

            shortForms.Remove("Tevan");
            Assert.False(log.StillHolds(from, to));
            shortForms.Add("Tevan");

            fullNames.Add("Sok Dara");
            Assert.False(log.StillHolds(from, to));
            fullNames.Remove("Sok Dara");

            fullNames.Add("Moul Tevan");
            Assert.False(log.StillHolds(from, to));
        }
        finally
        {
            log.Forget();
        }
    }

    [Fact]
    public void A_part_the_quick_question_now_lets_through_still_holds_when_the_full_question_refuses_it()
    {
        var fullNames = new HashSet<string>();
        bool filterLetsThrough = false;
        var log = NameLookupLog.For(_ => false, fullNames.Contains, (text, start, length) => filterLetsThrough);
        try
        {
            Assert.False(log.MayBeKnownFullName("Moul Tevan met Sok Dara", 0, 10));
            int to = log.Count;
            // The quick question now answers "may be" for the part, but the full name is still unknown: the search would
            // have gone on as it did.
            filterLetsThrough = true;
            Assert.True(log.StillHolds(0, to));
            fullNames.Add("Moul Tevan");
            Assert.False(log.StillHolds(0, to));
        }
        finally
        {
            log.Forget();
        }
    }

    [Fact]
    public void A_new_log_on_the_same_thread_starts_empty()
    {
        var first = NameLookupLog.For(_ => true, _ => true, (_, _, _) => true);
        first.IsKnownShortForm("Tevan");
        var second = NameLookupLog.For(_ => false, _ => false, (_, _, _) => false);
        Assert.Equal(0, second.Count);
        second.Forget();
    }
}
