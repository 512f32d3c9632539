"""The `parley` command: subcommands for analysis, the store and export; no subcommand opens the app."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.clean import display_text


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `parley` command."""
    parser = argparse.ArgumentParser(
        prog="parley",
        description="Parley: a terminal stance explorer for trade negotiations. "
                    "With no command, opens the explorer on the store.",
    )
    parser.add_argument("--dossier", metavar="FILE", help="negotiation dossier (TOML); default: the built-in KORUS dossier")
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
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
