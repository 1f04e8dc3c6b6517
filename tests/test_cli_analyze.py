"""cli analyze: the batch contract evaluation tools call (JSONL in -> JSONL out, same ids)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from wirewatch.cli import app

runner = CliRunner()
ARTICLE = ("Ministers Meet in Oslo Over Fishing Dispute\n\n"
           "Norway's fisheries minister met her Icelandic counterpart in Oslo on Tuesday to discuss quotas "
           "for mackerel in the North Atlantic, officials said.\n\n"
           "“We made progress, but there is more to do,” the minister told reporters after the meeting.")


def test_cli_analyze_jsonl_batch_keeps_ids_and_reports_bad_lines(tmp_path):
    batch = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "n1", "text": ARTICLE, "published": "2024-03-07"}),
             "{broken",
             json.dumps({"id": "n2", "html": "<html><body><article><h1>T</h1>" + "".join(
                 f"<p>Paragraph {i} of a short test page about harbour dredging in Gdansk.</p>" for i in range(6))
                 + "</article></body></html>"}),
             json.dumps({"id": "n3"})]
    batch.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["analyze", str(batch), "--extract-only"])
    assert result.exit_code == 1  # some lines failed
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r.get("id") for r in rows] == ["n1", None, "n2", "n3"]
    assert rows[0]["article"]["title"].startswith("Ministers Meet")
    assert rows[1]["error"]["reason"] == "not-json"
    assert rows[3]["error"]["reason"] == "bad-field"
    assert "Gdansk" in rows[2]["article"]["text"]


def test_cli_analyze_json_of_one_file_is_one_record(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    result = runner.invoke(app, ["analyze", str(path), "--extract-only", "--published", "2024-03-07"])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert rec["article"]["published"]["date"] == "2024-03-07"
    assert set(rec) == {"id", "source", "article", "entities", "dates", "places", "quotes", "events", "links"}


def test_cli_analyze_rejects_bad_published_and_missing_file(tmp_path):
    assert runner.invoke(app, ["analyze", "x.txt", "--published", "yesterday"]).exit_code == 2
    result = runner.invoke(app, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing" in result.output


def test_cli_analyze_stdin_jsonl_in_a_real_process(tmp_path):
    exe = Path(sys.executable).with_name("wirewatch")
    line = json.dumps({"id": "s1", "text": ARTICLE}) + "\n"
    proc = subprocess.run([str(exe), "analyze", "-", "--format", "jsonl", "--extract-only"], input=line.encode(),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    (row,) = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert row["id"] == "s1"
