"""Reading article files: formats, encodings, and bad files skipped with a reason."""

import pytest

from analysis.pipeline import analyze_paths
from analysis.read import ReadError, html_to_text, read_document


def test_txt_and_md_are_read_as_utf8(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nKim said “yes”.", encoding="utf-8")
    doc = read_document(tmp_path / "a.md")
    assert doc.text.endswith("Kim said “yes”.")
    assert doc.warnings == []


def test_html_keeps_text_and_drops_scripts_and_styles():
    text, title = html_to_text("<html><head><title>T &amp; C</title><style>p{}</style></head>"
                               "<body><script>say('x')</script><p>One &amp; two.</p><p>Three.</p></body></html>")
    assert title == "T & C"
    assert text == "One & two.\n\nThree."


def test_cp1252_falls_back_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes("Lighthizer said \u201cfair\u201d trade.".encode("cp1252"))
    doc = read_document(tmp_path / "a.txt")
    assert "“fair”" in doc.text
    assert doc.warnings and "cp1252" in doc.warnings[0]


@pytest.mark.parametrize("content, reason", [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"  \n\n ", "empty")])
def test_bad_files_raise_a_one_line_reason(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    with pytest.raises(ReadError) as exc:
        read_document(tmp_path / "bad.txt")
    assert reason in str(exc.value) and "\n" not in str(exc.value)


def test_oversized_file_is_skipped(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(6 * 1024 * 1024)
    with pytest.raises(ReadError, match="too large"):
        read_document(big)


def test_folder_analysis_skips_bad_files_and_keeps_going(tmp_path, dossier):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text('Lighthizer said the US wants to amend the deal.')
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not an article type: ignored
    skipped = []
    docs, statements = analyze_paths([tmp_path], dossier, lambda p, r: skipped.append((p.name, r)))
    assert [d.name for d in docs] == ["good.txt"]
    assert skipped == [("empty.txt", "empty file")]
    assert statements[0].speaker == "Robert Lighthizer"


def test_markdown_syntax_is_blanked_keeping_offsets(tmp_path):
    from analysis.read import markdown_to_text

    raw = "# Title\n\n**Seoul** – Kim said [the deal](https://x.example/a) is *unfair*.\n- item"
    text = markdown_to_text(raw)
    assert len(text) == len(raw)
    assert " ".join(text.split()) == "Title Seoul – Kim said the deal is unfair. item"
