"""The ``lintkit`` command: check, rules, explain, lsp.

Errors the user must fix reach the terminal as one line each and exit code 2;
findings at or above ``--fail-on`` give exit code 1. No traceback ever escapes.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys

import click

from lintkit.documents.markups import STDIN
from lintkit.errors import ExitCode, LintkitError
from lintkit.reporters import DEFAULT_FORMAT, FORMATS
from lintkit.severity import Severity
from lintkit.version import __version__

SEVERITY_NAMES = [s.value for s in Severity]


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def _severity_overrides(values: tuple[str, ...]) -> tuple[tuple[str, Severity], ...]:
    pairs = []
    for value in values:
        code, sep, level = value.partition("=")
        if not sep or not code.strip():
            raise click.BadParameter(f"{value!r} is not CODE=level (e.g. LM003=info)", param_hint="--severity")
        try:
            pairs.append((code.strip().upper(), Severity.parse(level.strip())))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--severity") from None
    return tuple(pairs)


def _size(ctx, param, value):
    from lintkit.config import parse_size

    try:
        return None if value is None else parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _refuse_to_overwrite_an_input(output_file: str, files: list[str]) -> None:
    try:
        output = os.stat(output_file)
    except OSError:
        return  # a new file cannot be an input
    for path in files:
        with contextlib.suppress(OSError):
            if path != STDIN and os.path.samestat(output, os.stat(path)):
                raise LintkitError("is also an input file: refusing to overwrite it with the report", path=output_file)


def _use_color(stream) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _rules_table() -> dict:
    from lintkit.engine.loader import rules_for

    return rules_for()


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="lintkit")
@click.pass_context
def cli(ctx):
    """A prose linter for writing that treats leadership and management as one thing."""
    if ctx.invoked_subcommand is None:  # bare ``lintkit``: the help, as ruff does
        click.echo(ctx.get_help())


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "output_format", type=click.Choice(list(FORMATS)), default=DEFAULT_FORMAT, show_default=True, help="Output format.")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (comma separated).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes (comma separated).")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL", help="Override a rule's severity, e.g. LM003=info.")
@click.option("--fail-on", type=click.Choice(SEVERITY_NAMES), default=None, help="Lowest severity that makes the run fail (default: warning).")
@click.option("--context-policy", type=click.Choice(["info", "ignore", "keep"]), default=None, help="How quoted or attributed findings are reported.")
@click.option("--model", default=None, help="spaCy pipeline to load (default: auto).")
@click.option("--stdin-filename", default=None, help="Name (and markup, by extension) for text read from '-'.")
@click.option("--show-evidence", is_flag=True, help="Show the parse evidence behind each finding.")
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of each finding (the statistics format in --format's shape).")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), default=None, help="Write the report to this file.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="At most this many worker processes (default: one per CPU; small runs use one).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None, envvar="LINTKIT_CACHE_DIR", help="Result cache folder (default: .lintkit_cache).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out these paths when walking folders and globs (replaces the default excludes).")
@click.option("--extend-exclude", multiple=True, metavar="GLOB", help="Leave out these paths too, on top of the default or configured excludes.")
@click.option("--max-file-size", callback=_size, default=None, metavar="SIZE", help="Bigger files are an error, not read (default: 50MB).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes in place, then report what remains.")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff; change nothing.")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Lint on a Dask cluster: tcp://HOST:8786, or local:N worker processes (needs lintkit[dask]).")
def check(paths, output_format, select, ignore, severities, fail_on, context_policy, model, stdin_filename, show_evidence, statistics, output_file, jobs, no_cache, cache_dir, exclude, extend_exclude, max_file_size, fix, diff, scheduler):
    """Lint files, folders or globs ('-' reads standard input)."""
    from lintkit.discovery import expand
    from lintkit.reporters import ReportContext, render, statistics_format
    from lintkit.runner import lint_paths

    overrides: dict = {}
    if select:
        overrides["select"] = _codes(select)
    if ignore:
        overrides["ignore"] = _codes(ignore)
    if severities:
        overrides["severity"] = _severity_overrides(severities)
    if context_policy:
        overrides["context_policy"] = context_policy
    if model:
        overrides["model"] = model
    overrides.update({k: v for k, v in (("exclude", exclude), ("extend_exclude", extend_exclude), ("max_file_size", max_file_size)) if v})
    try:
        report_format = statistics_format(output_format) if statistics else output_format
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if (fix or diff) and STDIN in paths:
        raise click.UsageError("--fix and --diff work on files, not on standard input ('-')")
    files, errors, notes = expand(paths, overrides)
    for note in notes:
        click.echo(f"note: {note}", err=True)
    unknown = _unknown_flag_codes(overrides, files)
    for problem in unknown:
        click.echo(f"error: {problem}", err=True)
    if unknown:
        sys.exit(ExitCode.USAGE)
    if output_file:
        _refuse_to_overwrite_an_input(output_file, files)

    def lint(on_cluster: dict):
        with _progress(output_format, len(files)) as on_file:
            return lint_paths(
                files, cli_overrides=overrides, stdin_filename=stdin_filename, on_file=on_file, jobs=jobs, use_cache=not no_cache, cache_dir=cache_dir, **on_cluster
            )

    with _cluster(scheduler, files) as on_cluster:
        result = lint(on_cluster)
        if diff:
            sys.exit(_print_diff(result.findings, _distinct([*errors, *result.errors])))
        if fix and _fix_in_place(result.findings):
            result = lint(on_cluster)  # what remains, at its new positions
    errors = _distinct([*errors, *result.errors])
    findings = sorted(result.findings, key=lambda f: f.sort_key)
    stream = _open_output(output_file) if output_file else sys.stdout
    try:
        context = ReportContext(
            rules=_rules_table() if findings or report_format == "sarif" else {},
            tool_version=__version__,
            errors=[e.one_line() for e in errors],
            color=not output_file and _use_color(sys.stdout),
            show_evidence=show_evidence,
            unread_blocks=result.unread_blocks,
        )
        report = render(report_format, findings, context)
        if report:
            stream.write(report if report.endswith("\n") else report + "\n")
    finally:
        if output_file:
            stream.close()
    for error in errors:
        click.echo(f"error: {error.one_line()}", err=True)
    if errors:
        sys.exit(ExitCode.USAGE)
    threshold = Severity(fail_on) if fail_on else _fail_on(files)
    from lintkit.policy import fails

    sys.exit(ExitCode.FINDINGS if fails(findings, threshold) else ExitCode.OK)


def _each_problem(errors):
    """A settings file's errors one by one (it reports them all at once)."""
    return [problem for error in errors for problem in getattr(error, "problems", (error,))]


def _distinct(errors):
    """Each error once: a broken config fails every file below it."""
    return list({e.one_line(): e for e in _each_problem(errors)}.values())


def _known_codes(files: list[str]) -> set[str]:
    """The shipped rules' codes and those of the rule packs the files' settings name (broken settings are reported with their files)."""
    from lintkit.engine.loader import rules_for
    from lintkit.config_files import config_for

    packs: set[tuple[str, ...]] = {()}
    for path in files or [None]:
        with contextlib.suppress(LintkitError):
            packs.add(config_for(path).rule_packs)
    known: set[str] = set()
    for rule_packs in packs:
        with contextlib.suppress(LintkitError):
            known.update(rules_for(rule_packs))
    return known


def _unknown_flag_codes(overrides: dict, files: list[str]) -> list[str]:
    """One line per code or prefix on the command line that names no rule."""
    from lintkit.codes import unknown_code_problem

    named = [("--select", code) for code in overrides.get("select", ())] + [("--ignore", code) for code in overrides.get("ignore", ())]
    named += [("--severity", code) for code, _ in overrides.get("severity", ())]
    if not named:
        return []
    known = _known_codes(files)
    return [f"{flag}: {problem}" for flag, code in named if (problem := unknown_code_problem(code, known))]


def _fixes(findings):
    from lintkit.documents import markup_for_path
    from lintkit.fixes import plan

    return plan(findings, lambda path: markup_for_path(path) != "docx")  # a .docx file's text is not its bytes


def _print_diff(findings, errors) -> int:
    """``--diff``: the fixes as one unified diff on stdout; exit 1 when there is anything to fix (as ruff)."""
    fixes = _fixes(findings)
    click.echo("".join(f.diff() for f in fixes), nl=False)
    for error in errors:
        click.echo(f"error: {error.one_line()}", err=True)
    if errors:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if fixes else ExitCode.OK


def _fix_in_place(findings) -> int:
    """``--fix``: write each file's safe fixes; the number of findings fixed (said on stderr)."""
    fixes = _fixes(findings)
    for file_fix in fixes:
        file_fix.write()
    count = sum(len(f.applied) for f in fixes)
    if count:
        click.echo(f"Fixed {count} finding{'s' if count != 1 else ''} in {len(fixes)} file{'s' if len(fixes) != 1 else ''}.", err=True)
    return count


@contextlib.contextmanager
def _cluster(scheduler: str | None, files: list[str]):
    """With ``--scheduler``, the ``lint_paths`` arguments that send the linting to that Dask cluster."""
    if scheduler is None:
        yield {}
        return
    try:
        from lintkit import distributed
    except ImportError as exc:
        raise LintkitError(f'--scheduler needs Dask ({exc.name or exc} is not installed): pip install "lintkit[dask]"') from None
    with distributed.connect(scheduler) as client:
        yield distributed.cluster_arguments(client, files)


@contextlib.contextmanager
def _progress(output_format: str, file_count: int):
    """An ``on_file`` callback drawing a bar on a terminal's stderr, or None (pipes, CI, machine formats)."""
    from lintkit import progress

    if not progress.should_show(is_tty=sys.stderr.isatty(), output_format=output_format, env=os.environ, file_count=file_count):
        yield None
        return
    with progress.ProgressBar(file_count, sys.stderr) as bar:
        yield bar.advance


def _open_output(path: str):
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise LintkitError(f"cannot write the report ({exc.strerror or exc})", path=path) from None


def _fail_on(files: list[str]) -> Severity:
    """The configured threshold (from the settings nearest the first file)."""
    from lintkit.config_files import config_for

    return config_for(files[0] if files else None).fail_on


@cli.command("rules")
def list_rules():
    """List the rules."""
    for rule in _rules_table().values():
        click.echo(f"{rule.code}  {rule.name:<20} {rule.severity.value:<8} {rule.summary}")


@cli.command()
@click.argument("code")
def explain(code):
    """Explain a rule, by code or name (LM002 or replacement)."""
    from lintkit.codes import did_you_mean

    rules = _rules_table()
    by_name = {rule.name: rule for rule in rules.values()}
    wanted = code.strip()
    rule = rules.get(wanted.upper()) or by_name.get(wanted.lower())
    if rule is None:
        hint = did_you_mean(wanted.upper(), rules) or did_you_mean(wanted.lower(), by_name)
        raise LintkitError(f"unknown rule {code!r}{hint} (known: {', '.join(f'{r.code} {r.name}' for r in rules.values())})")
    from lintkit.rule_docs import as_text

    click.echo(as_text(rule, ansi=_use_color(sys.stdout)))


@cli.command()
def lsp():
    """Run the language server over stdio."""
    from lintkit.lsp.server import main as serve

    serve()


@contextlib.contextmanager
def _debug_log():
    """With ``LINTKIT_DEBUG=1``, lintkit's own debug lines (blocks not read, for one) on stderr for the run."""
    if not os.environ.get("LINTKIT_DEBUG"):
        yield
        return
    logger, handler = logging.getLogger("lintkit"), logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("debug: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def main(argv=None) -> None:
    with _debug_log():
        _main(argv)


def _main(argv) -> None:
    try:
        cli.main(args=argv, prog_name="lintkit", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        sys.exit(ExitCode.USAGE)
    except click.exceptions.Abort:
        sys.exit(130)
    except LintkitError as exc:
        for problem in _each_problem([exc]):
            click.echo(f"error: {problem.one_line()}", err=True)
        sys.exit(ExitCode.USAGE)
    except BrokenPipeError:
        sys.exit(ExitCode.OK)
    except Exception as exc:  # a bug must still read as one line, not a traceback
        from lintkit.runner import internal_error

        click.echo(f"error: {internal_error(exc).one_line()}", err=True)
        if os.environ.get("LINTKIT_DEBUG"):
            raise
        sys.exit(ExitCode.USAGE)
    sys.exit(ExitCode.OK)


def run() -> None:
    """The ``lintkit`` command: ``main``, then an exit that skips the interpreter's tear-down.

    Freeing a loaded spaCy pipeline object by object at exit takes about as long
    as linting a small memo (benchmarks/README.md); every file is written and closed before
    ``main`` returns, so nothing is lost by leaving at once. The command's process
    collects garbage as rarely as its workers do: importing spaCy and loading the
    pipeline alone ran some 250 collections, a tenth of the load's CPU.
    """
    from lintkit.process_pool import YOUNG_OBJECTS_COLLECTED

    gc.set_threshold(YOUNG_OBJECTS_COLLECTED, *gc.get_threshold()[1:])
    try:
        main()
        code = ExitCode.OK
    except SystemExit as exc:
        code = exc.code
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass  # the reader went away (``| head``): nothing left to say
    # HACK: os._exit skips atexit handlers and the interpreter's tear-down (the cost above);
    # nothing lintkit needs runs there once the streams are flushed. Checked with Python 3.11.7, spaCy 3.8.18.
    os._exit(int(code or 0))


if __name__ == "__main__":
    run()
