"""Command line: parse arguments, set up logging, run a headless command or start the GUI.

Headless commands never import Qt. Exit status: 0 success, 1 a problem with the user's input
(one line on stderr), 2 a usage error, 3 an internal error (logged with its traceback).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from . import (
    __version__,
    cli_backups,
    cli_cycle,
    cli_followup,
    cli_policy,
    cli_themes,
    cli_vocabulary,
    cli_year_report,
)
from .cli_output import (
    EXIT_OK,
    EXIT_USAGE,
    EXIT_USER_ERROR,
    counted,
    run_guarded,
    say,
    say_if_open,
    say_masked,
    say_problems,
    say_to_review,
    unknown_command,
)
from .cycles import cycles_paused
from .logs import setup_logging


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import build_demo

    build_demo(args.out)
    say(f"Demo trajectory written to {args.out}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .services.trajectory import HEAD_REVISION, check_file

    report = check_file(args.file)
    by = f", last written by Drempelmeter {report.written_by}" if report.written_by else ""
    if not report.sound:
        say(f"drempelmeter: {report.path}: damaged (schema {report.revision}{by})", error=True)
        for problem in report.problems:
            say(f"  {problem}", error=True)
        return EXIT_USER_ERROR
    upgrade = f"; will be upgraded to {HEAD_REVISION} when opened" if report.upgrade_needed else ""
    say(f"{report.path}: sound (schema {report.revision}{by}){upgrade}")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from .services.bundles import export_template
    from .services.partners import find_partner, list_partners
    from .services.trajectory import open_trajectory

    db = open_trajectory(args.file, read_only=True)
    try:
        partner = find_partner(list_partners(db), args.partner).name  # as the file spells it
        exported = export_template(db, partner, args.out)
    finally:
        db.close()
    say(f"Bundle for {partner} written to {args.out} "
        f"({counted(exported.count, 'signal')} filled in)")
    say_masked(exported.masked, args.out)
    return EXIT_OK


@cycles_paused  # its code loads and the bundle is read with no cycle to collect
def cmd_import(args: argparse.Namespace) -> int:
    from .exchange import read_ahead

    say_if_open(args.bundle)
    # The bundle is checked and read in a thread (begun by start.main, or now) while the
    # import's code loads and the trajectory opens.
    with read_ahead.taken_for(args.bundle) as ahead:
        from .services.bundles import import_bundle
        from .services.trajectory import open_trajectory

        # No backup at opening: the import takes its own just before it writes, and a dry run
        # or a refused bundle writes nothing (a province's file would be copied twice).
        db = open_trajectory(args.file, back_up=False)
        try:
            report = import_bundle(db, args.bundle, dry_run=args.dry_run,
                                   valid_rows_only=args.valid_rows_only,
                                   partner_name=args.partner, accept_other=args.accept_other,
                                   ahead=ahead)
        finally:
            db.close()
    say_problems(report)
    say_to_review(report.to_review, "the signal waits for review and is left out of reports "
                  "until then")
    skipped = f", {counted(report.skipped_rows, 'row')} skipped" if report.skipped_rows else ""
    counts = (f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged"
              f"{skipped}")
    if not report.written and report.problems:
        say(f"drempelmeter: {args.bundle}: nothing imported: "
            f"{counted(len(report.problems), 'problem')} in "
            f"{counted(len({p.row for p in report.problems}), 'row')} (fix them, or use "
            f"--valid-rows-only)", error=True)
        return EXIT_USER_ERROR
    verb = "would import" if args.dry_run else "imported"
    say(f"{args.bundle}: {verb} the bundle of {report.partner_name}: {counts}")
    return EXIT_OK


def cmd_form(args: argparse.Namespace) -> int:
    from .services.response_forms import export_form, resolve_names
    from .services.trajectory import open_trajectory

    db = open_trajectory(args.file, read_only=True)
    try:
        exported = export_form(db, args.out,
                               *resolve_names(db, args.round, args.partner, args.group))
    finally:
        db.close()
    say(f"Response form for {args.partner} ({args.group}) written to {args.out} "
        f"({counted(exported.count, 'questionnaire')} filled in)")
    if exported.closed_on is not None:
        say(f"{args.out}: the round {exported.round_name!r} is closed since "
            f"{exported.closed_on:%d-%m-%Y}: the form shows its answers, but what is filled in "
            "can no longer be imported (the form says so too)", error=True)
    say_masked(exported.masked, args.out)
    return EXIT_OK


def cmd_import_plan(args: argparse.Namespace) -> int:
    from .services.plan_import import import_plan
    from .services.trajectory import open_trajectory

    existing = "replace" if args.replace else "add" if args.add else "refuse"
    say_if_open(args.plan)
    db = open_trajectory(args.file)
    try:
        report = import_plan(db, args.plan, dry_run=args.dry_run, existing=existing)
    finally:
        db.close()
    for problem in report.problems:
        say(f"{args.plan}: {problem}", error=True)
    say_to_review(report.to_review, "masked in every report and export until it is confirmed "
                  "in the window")
    for note in report.unknown_barriers:
        say(f"  {note} Imported without this link: there is no such barrier in {args.file}.",
            error=True)
    if report.ignored_columns:
        say(f"{args.plan}: {counted(len(report.ignored_columns), 'column')} not read: "
            f"{', '.join(report.ignored_columns)}", error=True)
    if report.problems:
        say(f"drempelmeter: nothing imported: {counted(len(report.problems), 'problem')} in "
            f"{counted(len({p.row for p in report.problems}), 'row')}", error=True)
        return EXIT_USER_ERROR
    contents = (f"{counted(report.pillars, 'pillar')}, {counted(report.goals, 'goal')}, "
                f"{counted(report.actions, 'action')}")
    if report.already_there and existing == "refuse":
        say(f"drempelmeter: nothing imported: the plan in {args.file} already holds "
            f"{report.already_there} of the pillars, goals and actions of {args.plan} (the same "
            "titles). Use --replace to replace the plan with this one (its follow-up goes too), "
            "or --add to add them anyway", error=True)
        return EXIT_USER_ERROR
    if report.imported:
        done = "replaced the plan" if report.replaced else "imported"
    else:
        done = "checked, nothing written (--dry-run)"
    say(f"{args.plan} (sheet {report.sheet!r}): {contents} {done}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from .services.report import write_report
    from .services.signal_report import write_signal_report
    from .services.trajectory import open_trajectory

    if args.pdf is None and args.xlsx is None:
        say("drempelmeter report: say what to write: --pdf OUT.pdf and/or --xlsx OUT.xlsx",
            error=True)
        return EXIT_USAGE
    if args.year is not None:
        return cli_year_report.cmd_year_report(args)
    db = open_trajectory(args.file, read_only=True)
    try:
        data = (write_signal_report if args.signals else write_report)(
            db, date.today(), pdf=args.pdf, xlsx=args.xlsx, partner=args.partner)
    finally:
        db.close()
    whose = (f"The signals of {data.partner or 'the region'} and what became of them"
             if args.signals else f"The report for {data.partner}" if data.partner
             else "The regional report")
    say(f"{whose} written to " + " and ".join(str(p) for p in (args.pdf, args.xlsx) if p))
    say_masked(data.masked, args.pdf or args.xlsx)
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from datetime import date

    from .services.errors import InvalidInput
    from .services.minutes import chosen_sessions, write_minutes
    from .services.trajectory import open_trajectory

    db = open_trajectory(args.file, read_only=True)
    try:
        try:
            sessions = chosen_sessions(db, args.session, args.phase)
        except InvalidInput:
            say(f"drempelmeter: {args.file} has no session with the id {args.session!r} "
                "(without --session, the command lists the closed sessions with their ids)",
                error=True)
            return EXIT_USER_ERROR
        if not sessions:
            which = f"phase {args.phase} has no closed session" if args.phase else (
                "no session is closed yet")
            say(f"drempelmeter: {args.file}: {which}; nothing written (close a session in "
                "workshop mode, or name one with --session ID)", error=True)
            return EXIT_USER_ERROR
        exported = write_minutes(db, args.out, [s.id for s in sessions], date.today())
    finally:
        db.close()
    say(f"Minutes of {counted(len(sessions), 'session')} written to {args.out}:")
    for s in sessions:
        say(f"  {s.held_on:%d-%m-%Y}  phase {s.phase_number}  {s.title}  ({s.id})")
    say_masked(exported.masked, args.out)
    return EXIT_OK


def cmd_room(args: argparse.Namespace) -> int:
    import contextlib

    from .cli_output import bind_problem, room_closed, room_earlier
    from .room.server import default_host, serve
    from .services import room
    from .services.errors import InvalidInput
    from .services.trajectory import open_trajectory

    db = open_trajectory(args.file)  # refuses a file it could not write the votes into
    try:
        try:
            activity = room.start(db, args.activity, args.session, args.action,
                                  stage=args.stage)
        except InvalidInput as exc:
            if exc.field != "round" and exc.problem != InvalidInput.REQUIRED:
                raise
            say(f"drempelmeter: {args.file}: " + (
                f"no {args.activity} round is open: open one in the window (the Barriers "
                "page's prioritisation rounds: New round; or in workshop mode: R), then start "
                "the room again" if exc.field == "round"
                else "say which action's pre-mortem: --action ID (or its number, as 1.1)"),
                error=True)
            return EXIT_USER_ERROR
        host = args.host or default_host()

        def ready(url: str) -> None:
            say(url)
            if sys.stdout is not None:
                sys.stdout.flush()
            if activity.earlier:
                say(room_earlier(activity.kind, activity.earlier), error=True)
            if sys.stderr is not None and sys.stderr.isatty():  # a person at a terminal
                say("Ctrl+C closes the room.", error=True)

        try:
            kept = serve(activity, host, args.port, ready, args.close_after)
        except OSError as exc:
            say(f"drempelmeter: {bind_problem(host, args.port, exc)}", error=True)
            return EXIT_USER_ERROR
    finally:
        db.close()
    # the terminal may be gone (SIGHUP): everything is saved and the file released already
    with contextlib.suppress(OSError):
        say(room_closed(activity.kind, activity.answered, activity.joined, kept))
    return EXIT_OK


def port_number(text: str) -> int:
    """A port as an option gives it: 0 (any free port) to 65535, or argparse's usage error."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a number from 0 to "
                                         "65535 (0: any free port)")
    return int(text)


def phase_number(text: str) -> int:
    """A phase's number as an option gives it: 1 to 6, or argparse's usage error."""
    from .domain.phases import PHASES

    if not text.isdigit() or not 1 <= int(text) <= len(PHASES):
        raise argparse.ArgumentTypeError(f"{text!r} is not a phase: give a number from 1 to "
                                         f"{len(PHASES)}")
    return int(text)


def cmd_privacy(args: argparse.Namespace) -> int:
    import json

    from .domain.privacy import KIND_NAMES
    from .services.privacy_scan import scan
    from .services.trajectory import open_trajectory

    db = open_trajectory(args.file, read_only=True)
    try:
        findings = scan(db)
    finally:
        db.close()
    unconfirmed = [f for f in findings if not f.kept]
    if args.json:
        say(json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            point = f" point {f.point}" if f.point else ""
            state = (" (confirmed as not personal data)" if f.kept
                     else " (imported, waits for review)" if f.to_review else "")
            say(f"{f.record} {f.record_id}, {f.field}{point}: {KIND_NAMES[f.kind]} at "
                f"characters {f.start + 1}–{f.end}{state}: {f.excerpt}")
        kept = len(findings) - len(unconfirmed)
        say(f"{args.file}: {len(unconfirmed)} finding{'' if len(unconfirmed) == 1 else 's'} "
            "of personal data to review"
            + (f", {kept} confirmed as not personal data" if kept else ""))
    return EXIT_USER_ERROR if unconfirmed else EXIT_OK


def cmd_responses(args: argparse.Namespace) -> int:
    from .services.response_forms import import_form
    from .services.trajectory import open_trajectory

    say_if_open(args.form)
    db = open_trajectory(args.file)
    try:
        report = import_form(db, args.form, dry_run=args.dry_run,
                             valid_columns_only=args.valid_columns_only)
    finally:
        db.close()
    say_problems(report)
    if not report.written and report.problems:
        say(f"drempelmeter: {args.form}: nothing imported: "
            f"{counted(len(report.problems), 'problem')} (fix them, or use "
            "--valid-columns-only)", error=True)
        return EXIT_USER_ERROR
    verb = "would import" if args.dry_run else "imported"
    skipped = (f", {counted(report.skipped_columns, 'column')} skipped"
               if report.skipped_columns else "")
    say(f"{args.form}: {verb} the {report.group} forms of {report.partner_name} for "
        f"{report.round_name}: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged{skipped}")
    return EXIT_OK


def cmd_questionnaire_check(args: argparse.Namespace) -> int:
    from .exchange.questionnaire_file import read_questionnaire

    questionnaire = read_questionnaire(args.file)  # a QuestionnaireError says file:line
    items = sum(1 for _ in questionnaire.items())
    say(f"{args.file}: {questionnaire.kind} '{questionnaire.id}' version {questionnaire.version}"
        f" is sound: {counted(len(questionnaire.sections), 'section')}, {counted(items, 'item')}")
    return EXIT_OK


def cmd_questionnaire_pdf(args: argparse.Namespace) -> int:
    from .domain.questionnaire import RESPONDENT_GROUPS
    from .exchange.questionnaire_file import read_questionnaire
    from .services.questionnaires import write_paper_form

    questionnaire = read_questionnaire(args.file)
    term = RESPONDENT_GROUPS.find(args.perspective)
    if term is None:
        say(f"drempelmeter: unknown perspective {args.perspective!r}: use "
            f"{', '.join(t.key for t in RESPONDENT_GROUPS.offered())}", error=True)
        return EXIT_USER_ERROR
    write_paper_form(args.out, questionnaire, term.key, args.heading or "")
    say(f"Printable questionnaire for {term.en.lower()} written to {args.out}")
    return EXIT_OK


def headless_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="drempelmeter", description="Drempelmeter commands")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="write the demo trajectory to a new file")
    demo.add_argument("out", type=Path, metavar="OUT.drempel")
    demo.set_defaults(run=cmd_demo)
    check = commands.add_parser("check", help="integrity and schema check of a trajectory file")
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(run=cmd_check)
    template = commands.add_parser("template", help="write a partner's signal bundle workbook")
    template.add_argument("file", type=Path, metavar="FILE", help="the trajectory file")
    template.add_argument("--partner", required=True, metavar="NAME",
                          help="the partner whose bundle to write (case and accents aside)")
    template.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.xlsx",
                          help="the workbook to write, pre-filled with the partner's signals")
    template.set_defaults(run=cmd_template)
    bundle = commands.add_parser("import", help="import a filled signal bundle workbook")
    bundle.add_argument("file", type=Path, metavar="FILE")
    bundle.add_argument("bundle", type=Path, metavar="BUNDLE.xlsx")
    bundle.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    bundle.add_argument("--valid-rows-only", action="store_true",
                        help="import the valid rows even when other rows have problems")
    bundle.add_argument("--partner", metavar="NAME",
                        help="the partner the bundle belongs to (for a workbook without info)")
    bundle.add_argument("--accept-other", action="store_true",
                        help="import a bundle made for another trajectory or partner")
    bundle.set_defaults(run=cmd_import)
    form = commands.add_parser("form", help="write the response form of a partner's group")
    form.add_argument("file", type=Path, metavar="FILE")
    form.add_argument("--round", required=True, metavar="NAME",
                      help="the round's name, or its kind (baseline, interim, end)")
    form.add_argument("--partner", required=True, metavar="NAME")
    form.add_argument("--group", required=True, metavar="GROUP",
                      help="staff, management, clients or lived_experience (or the Dutch label)")
    form.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.xlsx")
    form.set_defaults(run=cmd_form)
    responses = commands.add_parser("responses", help="import a filled response form")
    responses.add_argument("file", type=Path, metavar="FILE")
    responses.add_argument("form", type=Path, metavar="FORM.xlsx")
    responses.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    responses.add_argument("--valid-columns-only", action="store_true",
                           help="import the valid questionnaires even when others have problems")
    responses.set_defaults(run=cmd_responses)
    plan = commands.add_parser("import-plan", help="bring an existing action plan in from a "
                               "workbook (pillar, goal, action and the three questions)")
    plan.add_argument("file", type=Path, metavar="FILE")
    plan.add_argument("plan", type=Path, metavar="PLAN.xlsx")
    plan.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    already = plan.add_mutually_exclusive_group()
    already.add_argument("--replace", action="store_true",
                         help="replace the trajectory's plan (and its follow-up) with this one")
    already.add_argument("--add", action="store_true",
                         help="add the plan even when pillars, goals or actions with the same "
                         "titles are already there")
    plan.set_defaults(run=cmd_import_plan)
    report = commands.add_parser("report", help="write the report: a PDF to read, a workbook "
                                 "to work on")
    report.add_argument("file", type=Path, metavar="FILE", help="the trajectory file")
    report.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the report to read "
                        "as a PDF")
    report.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the report to "
                        "work on as a workbook (with --pdf: both)")
    report.add_argument("--partner", metavar="NAME",
                        help="only what this partner may see, for its feedback session")
    report.add_argument("--signals", action="store_true",
                        help="the signals and what became of each (barrier, place, action)")
    report.add_argument("--year", type=int, metavar="YEAR", help="the realisation report of "
                        "YEAR per action: planned, done, indicator values, next year")
    report.set_defaults(run=cmd_report)
    minutes = commands.add_parser("minutes", help="write the minutes of workshop sessions as "
                                  "a PDF (by default of every closed session)")
    minutes.add_argument("file", type=Path, metavar="FILE")
    which = minutes.add_mutually_exclusive_group()
    which.add_argument("--session", metavar="ID", help="only this session (its id, as the "
                       "command lists the sessions it wrote)")
    which.add_argument("--phase", type=phase_number, metavar="N",
                       help="only the closed sessions of phase N (1-6)")
    minutes.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.pdf")
    minutes.set_defaults(run=cmd_minutes)
    room = commands.add_parser("room", help="let the room's phones vote in a workshop activity "
                               "over the laptop's network; prints the join address first")
    room.add_argument("file", type=Path, metavar="FILE")
    room.add_argument("--activity", required=True, choices=("poll", "dots", "moscow",
                                                             "premortem"))
    room.add_argument("--action", metavar="ID", help="the action of a pre-mortem: its id, or "
                      "its number as the plan shows it (1.1)")
    room.add_argument("--stage", choices=("risk", "need"), default="risk",
                      help="the pre-mortem's question: how the action could fail (risk, the "
                      "default), or what it then needs (need)")
    room.add_argument("--session", metavar="ID", help="the workshop session (default: today's "
                      "of the activity's phase, made when there is none)")
    room.add_argument("--host", metavar="ADDR", help="the address to listen on, and only "
                      "there (default: the laptop's address on its network)")
    room.add_argument("--port", type=port_number, default=0, metavar="N",
                      help="the port (default 0: any free port)")
    room.add_argument("--close-after", type=float, metavar="SECONDS",
                      help="close the activity after this long (default: at Ctrl+C or "
                      "SIGTERM)")
    room.set_defaults(run=cmd_room)
    cli_backups.add_commands(commands)
    privacy = commands.add_parser("privacy", help="look for personal data in every free-text "
                                  "field of a trajectory (exit 1 when some is not confirmed)")
    privacy.add_argument("file", type=Path, metavar="FILE")
    privacy.add_argument("--json", action="store_true", help="print the findings as JSON")
    privacy.set_defaults(run=cmd_privacy)
    questionnaire = commands.add_parser("questionnaire", help="work with questionnaire files")
    actions = questionnaire.add_subparsers(dest="action", required=True)
    check_file = actions.add_parser("check", help="check a questionnaire file")
    check_file.add_argument("file", type=Path, metavar="FILE")
    check_file.set_defaults(run=cmd_questionnaire_check)
    pdf = actions.add_parser("pdf", help="a printable questionnaire for one perspective")
    pdf.add_argument("file", type=Path, metavar="FILE")
    pdf.add_argument("--perspective", required=True, metavar="GROUP",
                     help="staff, management, clients (easy language) or lived_experience")
    pdf.add_argument("--heading", metavar="TEXT", help="a line under the title, e.g. the partner")
    pdf.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.pdf")
    pdf.set_defaults(run=cmd_questionnaire_pdf)
    cli_followup.add_commands(commands)
    cli_cycle.add_commands(commands)
    cli_policy.add_commands(commands)
    cli_vocabulary.add_commands(commands)
    cli_themes.add_commands(commands)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="drempelmeter",
        description="Open Drempelmeter. Commands: demo, check, template, import, form, "
        "responses, import-plan, report, minutes, room, privacy, backups, restore, "
        "questionnaire, followup, followup-import, next-cycle, overdue, policy, vocabulary, "
        "themes "
        "(drempelmeter COMMAND --help for more).",
    )
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE",
                        help="trajectory file to open (.drempel)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh copy of the demo trajectory")
    parser.add_argument("--read-only", action="store_true", help="open FILE without editing")
    parser.add_argument("--workshop", type=phase_number, metavar="PHASE",
                        help="start workshop mode for phase PHASE (1-6) once the file is open")
    parser.add_argument("--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--version", action="version", version=f"Drempelmeter {__version__}")
    return parser


HEADLESS_COMMANDS = ("demo", "check", "template", "import", "form", "responses",
                     "questionnaire", "report", "import-plan", "privacy", "minutes", "room",
                     *cli_backups.COMMANDS, *cli_followup.COMMANDS, *cli_cycle.COMMANDS,
                     *cli_policy.COMMANDS, *cli_vocabulary.COMMANDS,
                     *cli_themes.COMMANDS)


def main(argv: list[str] | None = None) -> int:
    as_program = argv is None  # not a test calling in
    argv = sys.argv[1:] if argv is None else list(argv)
    headless = any(arg in HEADLESS_COMMANDS for arg in argv[:2])
    parser = headless_parser() if headless else gui_parser()
    try:
        if headless:
            args = parser.parse_args(argv)
        else:
            args, extra = parser.parse_known_args(argv)
            if mistyped := unknown_command(args.file, HEADLESS_COMMANDS):
                say(mistyped, error=True)
                return EXIT_USAGE
            if extra:
                parser.error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:
        return int(exc.code or 0)
    log_file = setup_logging(verbose=args.verbose)
    if headless:
        status = run_guarded(lambda: args.run(args), log_file)
        if as_program:
            # The process ends now, and Python's last cycle collections would walk every
            # object the libraries made (~0.15 s after a bundle import) to free nothing that
            # the end of the process does not: they are left out of them.
            gc.freeze()
        return status

    def start_gui() -> int:
        # Start-up allocates much and frees next to nothing: the cycle collector would walk the
        # ever-growing heap of modules again and again (~70 ms). It runs again once the window
        # shows (ui.app), and at the latest when the GUI returns.
        gc.disable()
        try:
            # The Qt-free layers first: PySide6 installs an import hook that reads the source of
            # every module imported after it (SQLAlchemy's ~200 modules: about 70 ms) until the
            # ui package quiets it (ui/feature_hook).
            from .services import trajectory  # noqa: F401
            from .store import engine, start_rows  # noqa: F401  (the first window's reads)
            from .ui.app import run

            return run(file=args.file, demo=args.demo, read_only=args.read_only,
                       workshop=args.workshop, log_file=log_file)
        finally:
            gc.enable()

    return run_guarded(start_gui, log_file)
