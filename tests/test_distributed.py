"""A Dask cluster reports what a local run does: same findings, order, errors and exit code.

The cluster tests start a real ``LocalCluster`` of two worker processes (slow);
the parsing of ``--scheduler`` and the message without Dask run by default.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import lintkit
from lintkit.discovery import expand
from lintkit.runner import lint_paths as lint_here
from tests.helpers import entry_point, run_entry_point, run_in_process

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
BULK = CORPORA / "bulk-1M.txt"


def _key(result) -> tuple[list, list, int]:
    return [f.to_data() for f in result.findings], [e.one_line() for e in result.errors], result.files


def test_scheduler_without_dask_is_one_line_telling_how_to_install_it(capsys, monkeypatch, tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the dask extra were not installed
    monkeypatch.delitem(sys.modules, "lintkit.distributed", raising=False)
    monkeypatch.delattr(lintkit, "distributed", raising=False)
    run = run_in_process(capsys, "check", "--scheduler", "local:2", str(memo))
    assert run.code == 2 and run.out == ""
    assert run.err.splitlines() == ['error: --scheduler needs Dask (distributed is not installed): pip install "lintkit[dask]"']


@pytest.mark.slow
def test_lintkit_runs_without_dask(tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    code = "import sys; sys.modules['distributed'] = sys.modules['dask'] = None; from lintkit.cli import main; main(sys.argv[1:])"
    done = subprocess.run([sys.executable, "-c", code, "check", "--no-cache", str(memo)], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert done.returncode == 1 and "LM002" in done.stdout and done.stderr == ""


@pytest.mark.parametrize(
    "address, problem",
    [
        ("8786", "--scheduler '8786' is neither tcp://HOST:PORT nor local:N"),
        ("local:0", "--scheduler 'local:0': local:N needs a number of workers of at least 1"),
        ("local:two", "--scheduler 'local:two': local:N needs a number of workers of at least 1"),
    ],
)
def test_a_malformed_scheduler_address_is_one_line(capsys, tmp_path, address, problem):
    run = run_in_process(capsys, "check", "--scheduler", address, str(tmp_path))
    assert (run.code, run.out, run.err.splitlines()) == (2, "", [f"error: {problem}"])


def test_probes_are_a_few_existing_files_spread_over_the_list(tmp_path):
    from lintkit.distributed import probes, sees

    files = []
    for n in range(10):
        path = tmp_path / f"f{n}.txt"
        path.write_text("x" * n, encoding="utf-8")
        files.append(str(path))
    chosen = probes([str(tmp_path / "missing.txt"), *files])
    assert [size for _, size in chosen] == [0, 4, 9] and chosen[0] == (files[0], 0)
    assert sees(chosen)
    assert not sees([(files[3], 99)])  # same path, another size: another file
    assert not sees([(str(tmp_path / "missing.txt"), 0)])


# ---- a real LocalCluster -------------------------------------------------------------


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> list[str]:
    """Two corpus folders, a long plain-text file, a bad file and a missing one."""
    root = tmp_path_factory.mktemp("cluster")
    long_text = BULK.read_bytes()[:1_500_000]
    (root / "long.txt").write_bytes(long_text[: long_text.rindex(b"\n\n")])
    (root / "bad.md").write_bytes(b"caf\xe9 leaders\n")
    files = expand([str(CORPORA / "open-organization__open-org-leaders-manual"), str(CORPORA / "mozilla__leadership-training")])[0]
    return [*files[:40], str(root / "bad.md"), str(root / "long.txt"), *files[40:], str(root / "missing.md")]


@pytest.mark.slow
def test_shipped_bytes_and_shared_paths_give_the_local_result(client, workspace, nlp):
    from lintkit.distributed import ClusterLinter
    from lintkit.engine import parsing

    local = _key(lint_here(workspace, jobs=1))
    assert local[0] and len(local[1]) == 2
    for ship in (True, False):
        linter = ClusterLinter(client, batch_words=2_000, split_words=20_000)  # many batches; long.txt is split
        assert _key(lint_here(workspace, linter=linter, reads_files=not ship)) == local
    loads = client.run(lambda: parsing.engine_for.cache_info().misses)
    assert list(loads.values()) == [1, 1]  # each worker loaded the pipeline once, for every task


@pytest.mark.slow
def test_the_api_lints_folders_with_a_given_config(client, nlp):
    from lintkit.config import Config
    from lintkit.distributed import lint_paths

    folder = str(CORPORA / "open-organization__open-org-leaders-manual")
    config = Config(select=("LM001",))  # the folder also has LM003 and LM004 findings
    result = lint_paths([folder, str(CORPORA / "no-such-folder")], client, config)
    files = expand([folder])[0]
    local = lint_here(files, config=config, jobs=1)
    assert [f.to_data() for f in result.findings] == [f.to_data() for f in local.findings] and result.files == local.files
    assert {f.code for f in result.findings} == {"LM001"}
    assert [e.one_line() for e in result.errors] == [f"{CORPORA / 'no-such-folder'}: no such file or directory"]


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, nlp):
    from lintkit.distributed import ClusterLinter

    files = expand([str(path) for path in sorted(CORPORA.iterdir()) if path.is_dir()])[0]
    local = _key(lint_here(files, jobs=1))
    before = client.run(os.getpid)
    victim = sorted(before.values())[0]
    killed = []

    def kill_after_first_batch(_path: str) -> None:
        if not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    linter = ClusterLinter(client, batch_words=5_000)
    on_cluster = lint_here(files, linter=linter, reads_files=True, on_file=kill_after_first_batch)
    client.wait_for_workers(2, timeout=120)
    assert killed and victim not in client.run(os.getpid).values()  # the worker really died and was replaced
    assert _key(on_cluster) == local


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("We need leaders, not managers.\n", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    run = run_entry_point("check", "--scheduler", address, str(memo))
    assert (run.code, run.out) == (2, "")
    assert len(run.err.splitlines()) == 1 and run.err.startswith(f"error: cannot reach the Dask scheduler at {address} (")


def _check(*args: str) -> tuple[int, str, str]:
    """``lintkit check ARGS`` from the repository, as CI runs it (no time limit: the corpora are big)."""
    done = subprocess.run([*entry_point(), "check", *args], cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


@pytest.mark.slow
def test_the_shared_corpora_report_the_same_json_on_a_local_cluster():
    """The whole of ../shared/corpora: 1,434 files, about 2.4M words with the 1M-word bulk file."""
    args = ["--no-cache", "--format", "json", os.path.relpath(CORPORA, ROOT)]
    local = _check(*args)
    on_cluster = _check("--scheduler", "local:2", *args)
    assert local[0] == 1 and local[1].count('"code"') > 100
    assert on_cluster == local
