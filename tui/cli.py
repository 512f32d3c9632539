"""The `parley` command: subcommands for analysis, the store and export; no subcommand opens the app."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.text import display_text


class CommandError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


def _dossier(args):
    from analysis.dossier import DossierError, load_dossier

    try:
        return load_dossier(args.dossier)
    except DossierError as exc:
        raise CommandError(str(exc)) from exc


def _skip(path: Path, reason: str) -> None:
    print(f"parley: skipped {path}: {reason}", file=sys.stderr)


def cmd_analyze(args) -> int:
    """Print the statements of the given files and folders."""
    from analysis.pipeline import analyze_paths

    for p in args.paths:
        if not Path(p).exists():
            raise CommandError(f"no such file or folder: {p}")
    _, statements = analyze_paths(args.paths, _dossier(args), _skip)
    out = sys.stdout
    if args.format == "jsonl":
        for st in statements:
            out.write(json.dumps(st.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(format_table(statements))
    return 0


def format_table(statements) -> str:
    """A plain-text table of statements, one line each, safe for any terminal."""
    rows = [("doc", "round", "side", "org", "speaker", "stance", "kind", "text")]
    for st in statements:
        rows.append((st.doc[:16], st.round or "-", st.side or "-", st.org or "-", (st.speaker or "-")[:18],
                     st.stance, st.kind, display_text(st.text)[:60]))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[-1] for r in rows]
    return "\n".join(lines) + f"\n{len(statements)} statements\n"


def cmd_eval(args) -> int:
    """Analyse a corpus and score it against a gold file."""
    from analysis.evaluate import GoldError, evaluate, load_gold
    from analysis.pipeline import analyze_paths

    try:
        gold = load_gold(args.gold)
    except GoldError as exc:
        raise CommandError(str(exc)) from exc
    if not Path(args.corpus).is_dir():
        raise CommandError(f"corpus folder not found: {args.corpus}")
    _, statements = analyze_paths([args.corpus], _dossier(args), _skip)
    report = evaluate(gold, statements)
    if args.json:
        print(json.dumps(report.summary))
        return 0
    s = report.summary
    print(f"statements {s['statements']}  gold items {s['gold_items']} ({s['required']} required)")
    print(f"recall     {s['recall']:.3f}  ({s['found_required']}/{s['required']} required items found)")
    print(f"precision  {s['precision']:.3f}")
    for key in ("org", "side", "stance", "round", "speaker"):
        value = s[f"{key}_accuracy"]
        print(f"{key:<10} {'-' if value is None else f'{value:.3f}'}  accuracy on found items")
    kappa = "-" if s["stance_kappa"] is None else f"{s['stance_kappa']:.3f}"
    print(f"stance     macro-F1 {s['stance_macro_f1']:.3f}  Cohen's kappa {kappa} (against preferred labels)")
    print(f"misses ({len(report.misses)}):")
    for m in report.misses:
        print(f"  {m['doc']}: {display_text(m['anchor'])}")
    print(f"label errors ({len(report.errors)}):")
    for e in report.errors:
        print(f"  {e['doc']}: {display_text(e['anchor'])[:60]}  got {e['got']} want {e['want']}")
    print(f"false alarms ({len(report.false_alarms)}):")
    for f in report.false_alarms:
        print(f"  {f['doc']}: {display_text(f['text'])}")
    return 0


def _store(args):
    from store.db import Store

    return Store(args.db)


def cmd_ingest(args) -> int:
    """Add files and folders to the store."""
    from store.ingest import ProgressBar, ingest

    store = _store(args)
    progress = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    summary = ingest(store, args.paths, _dossier(args), progress)
    for path, reason in summary.skipped:
        _skip(Path(path), reason)
    print(summary.line())
    return 0


def cmd_reanalyze(args) -> int:
    """Re-run the analysis over stored documents."""
    from store.ingest import ProgressBar, reanalyze

    progress = ProgressBar(sys.stderr, "reanalyze") if sys.stderr.isatty() else None
    n = reanalyze(_store(args), _dossier(args), progress)
    print(f"reanalysed: {n} statements; corrections kept")
    return 0


def _filters(args):
    from store.view import Filters

    return Filters(round=args.round, side=args.side, org=args.org, stance=args.stance, topic=args.topic,
                   search=args.search, ids=set(args.ids) if args.ids else None)


def cmd_export(args) -> int:
    """Export statements with corrections applied."""
    from store.export import render, write_export
    from store.view import load_view

    view = load_view(_store(args))
    rows = view.cited(view.filtered(_filters(args)))
    names = {r.id: r.name for r in _dossier(args).rounds}
    where = write_export(render(rows, args.format, names), args.output, args.force)
    if where != "stdout":
        print(f"exported {len(rows)} statements to {where}", file=sys.stderr)
    return 0


def cmd_correct(args) -> int:
    """Record an analyst's correction of one statement."""
    from store.actions import correct_statement

    changes = {k: getattr(args, k) for k in ("speaker", "org", "side", "stance", "round") if getattr(args, k)}
    if "side" in changes:
        sides = [*_dossier(args).sides, "other", "both"]
        if changes["side"] not in sides:
            raise CommandError(f"unknown side {changes['side']!r}: use one of {', '.join(sides)}")
    if not changes and args.not_statement is None:
        raise CommandError("nothing to correct: give --stance, --speaker, --org, --side, --round or --not-statement")
    row = correct_statement(_store(args), args.id, changes, args.not_statement)
    print(f"corrected {args.id}: {', '.join(list(changes) + (['not a statement'] if row['not_statement'] else []))}")
    return 0


def cmd_corrections_export(args) -> int:
    """Write the corrections as a gold file."""
    from store.corrections import corrections_as_gold
    from store.export import write_export
    from store.view import load_view

    view = load_view(_store(args))
    where = write_export(corrections_as_gold(list(view.by_id.values())), args.output, args.force)
    if where != "stdout":
        print(f"wrote corrections to {where}", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    """Counts by side, stance and round, corrections, and the database's size and path."""
    from collections import Counter

    from store.view import load_view

    store = _store(args)
    view = load_view(store)
    sts = view.statements

    def show(title, counter):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items(), key=lambda kv: str(kv[0]))))

    print(f"database: {store.path} ({store.size() / 1024:.1f} KiB)")
    print(f"documents: {len(view.documents)}  statements: {len(sts)} (+{len(view.hidden)} marked not a statement)")
    show("by side", Counter(s["side"] or "unknown" for s in sts))
    show("by stance", Counter(s["stance"] for s in sts))
    show("by round", Counter(s["round"] or "unassigned" for s in sts))
    print(f"corrections: {sum(1 for s in view.by_id.values() if s['corrected'])}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `parley` command."""
    parser = argparse.ArgumentParser(
        prog="parley",
        description="Parley: a terminal stance explorer for trade negotiations. "
                    "With no command, opens the explorer on the store.",
    )
    parser.add_argument("--dossier", metavar="FILE", help="negotiation dossier (TOML); default: the built-in KORUS dossier")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $PARLEY_DB, else the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="print the statements found in articles",
                       description="Analyse .txt, .md and .html articles (files or folders, recursive) "
                                   "and print one record per statement.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl", help="output format (default: jsonl)")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("eval", help="score the analysis against a gold file",
                       description="Analyse a corpus folder and score it against gold annotations "
                                   "(the format of shared/eval): recall, precision, label accuracy, misses.")
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("--corpus", required=True, metavar="DIR", help="folder of the annotated articles")
    p.add_argument("--json", action="store_true", help="print the summary alone, as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("ingest", help="add articles to the store",
                       description="Analyse files and folders (recursive) and store documents and statements. "
                                   "Re-ingesting an unchanged file adds nothing; a changed file replaces its old version.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reanalyze", help="re-run the analysis over stored documents",
                       description="Re-analyse every stored document (after a dossier or code change); "
                                   "corrections are kept.")
    p.set_defaults(func=cmd_reanalyze)

    p = sub.add_parser("export", help="export statements as CSV, JSON Lines or Markdown",
                       description="Export statements with corrections applied. Writes atomically and never "
                                   "overwrites a file without --force; no -o (or -o -) writes to stdout.")
    p.add_argument("--round"), p.add_argument("--side"), p.add_argument("--org"), p.add_argument("--topic")
    p.add_argument("--stance", choices=("favor", "oppose", "neutral"))
    p.add_argument("--search", metavar="TEXT", help="case-insensitive text in statement, speaker, org or file")
    p.add_argument("--ids", nargs="+", metavar="ID", help="only these statement ids")
    p.add_argument("--format", choices=("csv", "jsonl", "md"), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="output file, or - for stdout (default)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("correct", help="correct one statement's labels",
                       description="Store an analyst's correction; it survives re-analysis and re-ingest.")
    p.add_argument("id", help="statement id (see parley export)")
    p.add_argument("--stance", choices=("favor", "oppose", "neutral"))
    p.add_argument("--speaker"), p.add_argument("--org"), p.add_argument("--round")
    p.add_argument("--side", help="a side of the dossier (e.g. US, KR), other or both")
    p.add_argument("--not-statement", dest="not_statement", action="store_true", default=None,
                   help="mark it as not a statement")
    p.add_argument("--is-statement", dest="not_statement", action="store_false", help="undo --not-statement")
    p.set_defaults(func=cmd_correct)

    p = sub.add_parser("corrections", help="work with analysts' corrections")
    csub = p.add_subparsers(dest="corrections_command", metavar="ACTION", required=True)
    q = csub.add_parser("export", help="write corrections as a gold file for parley eval",
                        description="Write corrected statements as a gold file in the format of shared/eval.")
    q.add_argument("-o", "--output", metavar="FILE", help="output file, or - for stdout (default)")
    q.add_argument("--force", action="store_true", help="overwrite an existing output file")
    q.set_defaults(func=cmd_corrections_export)

    p = sub.add_parser("stats", help="counts and database size",
                       description="Documents; statements by side, stance and round; corrections; the database's size and path.")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `parley` console command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from tui.app import run_app

        return run_app(args)
    try:
        return args.func(args)
    except CommandError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # store errors and the like: one line, no traceback
        from store.storage import StoreError

        if isinstance(exc, (StoreError, ValueError, OSError)):
            print(f"parley: {exc}", file=sys.stderr)
            return 2
        raise
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
