"""The same words reported by several articles are grouped under the first report."""

from analysis import Document, analyze_documents


def test_quote_reported_by_two_articles_and_twice_in_one(dossier):
    quote = "“We must build on these negotiations with substantive progress for American workers,”"
    a = Document("a.txt", f"{quote} Lighthizer said.")
    b = Document("b.txt", f"Robert Lighthizer said in a statement: {quote[:-2]}.”\n\n"
                          f"Earlier, {quote} he said.\n\nKim said Korea will study the proposal.")
    sts = analyze_documents([a, b], dossier)
    first, second, third, kim = sts
    assert first.duplicate_of is None
    assert second.duplicate_of == first.id and third.duplicate_of == first.id
    assert kim.duplicate_of is None
