#!/usr/bin/env python3
"""Spreadsheets written and read by another program (openpyxl), against `scorecard`.

1. Builds a filled workbook from the demo workspace's records with openpyxl, following only
   the documented layout (a title row above the header, columns in another order, a notes
   column, Chinese group names, expert names and numbers, numbers and text cells), imports it into the
   demo *without* records with `scorecard import`, and checks that every record comes back
   (decimals compared exactly) and that every period scores the same.
2. Builds bad workbooks (a formula without a saved value, an error cell, a date, a boolean,
   merged cells) and checks each is refused (exit 2) naming its sheet, row and column.
3. Reads the template and the results workbook `scorecard` writes: header keys, figures
   (the published ones, formatted 0.00) and the check sheet.
5. ODS (odfpy) and XLS (xlwt) workbooks, written following only the layout, import: the
   last period's plain figures of the demo come back exactly, one changed figure is the only
   change, and a text cell in a number column is refused with its sheet, row and column.
6. Units and people sheets (openpyxl): a unit and a person added, others changed, a
   required cell left empty refused with its place.
4. Round trips of generated workspaces (tests/reference/generate.py: every method, audited
   pairs, planned figures, ratings, panels, events, coefficients): the data workbook of each,
   imported into the same workspace without records, gives back every record exactly; and
   imported into the workspace itself changes nothing.

usage: check_openpyxl.py --bin target/debug/scorecard
"""

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "crates/engine/data/demo.json"
sys.path.insert(0, str(ROOT / "tests/reference"))
import generate  # noqa: E402  (the reference's random valid workspaces)


def run(bin_, *args):
    return subprocess.run([bin_, *args], capture_output=True, text=True)


def dec(v):
    return Decimal(str(v))


def norm_record(r):
    """A record with every decimal as Decimal, defaults filled, for exact comparison."""
    vals = {}
    for k, v in (r.get("values") or {}).items():
        vals[k] = (dec(v["reported"]), dec(v["audited"])) if isinstance(v, dict) else dec(v)
    return {
        "values": vals,
        "planned": {k: dec(v) for k, v in (r.get("planned") or {}).items()},
        "ratings": {
            i: {g: [dec(x) for x in xs] for g, xs in gs.items() if xs}
            for i, gs in (r.get("ratings") or {}).items()
        },
        "panel": {
            i: [{c: (x if c == "expert" else dec(x)) for c, x in e.items()} for e in es]
            for i, es in (r.get("panel") or {}).items()
        },
        "events": [(e["level"], e.get("note", "")) for e in r.get("events") or []],
        "coefficients": {
            k: dec(v) for k, v in (r.get("coefficients") or {}).items() if v is not None
        },
        "closed_items": int(r.get("closed_items", 0)),
    }


def expert_cell(k):
    """The expert column as people fill it: a name, or the expert's number in its list
    (which is no name: the template writes it for an expert without one)."""
    return f"专家{k + 1}" if k % 2 == 0 else k + 1


def with_expert_names(rec):
    """`rec` as it should come back from a workbook whose expert cells are `expert_cell`."""
    panel = {
        i: [
            ({"expert": expert_cell(k)} if k % 2 == 0 else {}) | {c: x for c, x in e.items() if c != "expert"}
            for k, e in enumerate(es)
        ]
        for i, es in (rec.get("panel") or {}).items()
    }
    return dict(rec, panel=panel) if panel else rec


def number_or_text(x, i):
    """Alternate numbers and text cells, as people type them."""
    return float(x) if i % 2 == 0 else str(x)


def filled_workbook(ws, path):
    plan = ws["plan"]
    inds = [i for d in plan["dimensions"] for i in d["indicators"]]
    value_inds = [i for i in inds if i["method"]["kind"] not in ("survey", "panel")]
    pairs = {
        i["id"]
        for r in ws["records"]
        for i in value_inds
        if isinstance((r.get("values") or {}).get(i["id"]), dict)
    }
    planned = {k for r in ws["records"] for k in (r.get("planned") or {})}
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.title = "填报表"
    sh.append(["2026 年度考核数据(由其他程序填写)"])
    header = ["备注", "期间 [period]", "单位 [unit]"]
    for i in value_inds:
        if i["id"] in pairs:
            header += [f"{i['name']}(审核) [{i['id']}.audited]", f"{i['name']}(上报) [{i['id']}.reported]"]
        else:
            header.append(f"{i['name']} [{i['id']}]")
    header += [f"计划 [planned.{k}]" for k in sorted(planned)]
    header += ["[coefficients.risk]", "[coefficients.coordination]", "[closed_items]"]
    sh.append(header)
    for n, r in enumerate(ws["records"]):
        row = ["", r["period"], r["unit"]]
        values = r.get("values") or {}
        for i in value_inds:
            v = values.get(i["id"])
            if i["id"] in pairs:
                if isinstance(v, dict):
                    row += [number_or_text(v["audited"], n), number_or_text(v["reported"], n + 1)]
                elif v is None:
                    row += [None, None]
                else:
                    row += [number_or_text(v, n), number_or_text(v, n)]
            else:
                row.append(None if v is None else number_or_text(v, n))
        row += [(r.get("planned") or {}).get(k) and number_or_text(r["planned"][k], n) for k in sorted(planned)]
        co = r.get("coefficients") or {}
        row += [co.get("risk") and number_or_text(co["risk"], n), co.get("coordination") and float(co["coordination"])]
        row.append(r.get("closed_items", 0))
        sh.append(row)
    zh = {"superior": "上级", "peer": "同级", "subordinate": "下级", "self": "自评"}
    rt = wb.create_sheet("评价")
    rt.append(["[unit]", "[period]", "[indicator]", "评价组 [group]", "[rating]", "说明"])
    pn = wb.create_sheet("专家")
    crits = list((plan.get("panel") or {}).get("criteria") or {"feasibility": 0, "promotion": 0, "benefit": 0})
    pn.append(["[unit]", "[period]", "[indicator]", "[expert]"] + [f"[{c}]" for c in reversed(crits)])
    ev = wb.create_sheet("负面")
    ev.append(["[unit]", "[period]", "[level]", "[note]"])
    for n, r in enumerate(ws["records"]):
        for ind, groups in (r.get("ratings") or {}).items():
            for g, xs in groups.items():
                for x in xs:
                    rt.append([r["unit"], r["period"], ind, zh[g], number_or_text(x, n), "ok"])
        for ind, experts in (r.get("panel") or {}).items():
            for k, e in enumerate(experts):
                pn.append([r["unit"], r["period"], ind, expert_cell(k)] + [float(e[c]) for c in reversed(crits)])
        for e in r.get("events") or []:
            ev.append([r["unit"], r["period"], e["level"], e.get("note") or None])
    wb.save(path)


def check_filled(bin_, tmp):
    ws = json.loads(DEMO.read_text(encoding="utf-8"))
    empty = dict(ws, records=[])
    empty_path = tmp / "empty.json"
    empty_path.write_text(json.dumps(empty, ensure_ascii=False), encoding="utf-8")
    book = tmp / "filled.xlsx"
    filled_workbook(ws, book)
    out = tmp / "imported.json"
    r = run(bin_, "import", str(empty_path), str(book), "-o", str(out))
    assert r.returncode == 0, r.stderr
    got = json.loads(out.read_text(encoding="utf-8"))
    key = lambda rec: (rec["unit"], rec["period"])
    want = {key(x): norm_record(with_expert_names(x)) for x in ws["records"]}
    have = {key(x): norm_record(x) for x in got["records"]}
    assert want.keys() == have.keys(), set(want) ^ set(have)
    for k in want:
        assert want[k] == have[k], (k, want[k], have[k])
    for p in ws["plan"]["periods"]:
        a = run(bin_, "score", str(DEMO), "--period", p["id"])
        b = run(bin_, "score", str(out), "--period", p["id"])
        ua, ub = json.loads(a.stdout)["units"], json.loads(b.stdout)["units"]
        # A numeric cell has no trailing zeros ("1.00" reads as 1): the unrounded
        # coefficient (an exact product) then shows fewer zeros, with the same value.
        for u in ua + ub:
            if "coefficient" in u:
                u["coefficient"] = Decimal(u["coefficient"])
        assert ua == ub, p["id"]
    print(f"openpyxl-filled workbook: {len(want)} records back exactly, scores equal")


def bad_books(bin_, tmp):
    cases = []

    def book(name, cells, merge=None):
        wb = openpyxl.Workbook()
        sh = wb.active
        sh.title = "数据"
        sh.append(["单位 [unit]", "期间 [period]", "风险预案 [plans]"])
        sh.append(["zd1", "2026Q1", None])
        for at, v in cells.items():
            sh[at] = v
        if merge:
            sh.merge_cells(merge)
        p = tmp / f"{name}.xlsx"
        wb.save(p)
        return p

    cases.append((book("formula", {"C2": "=1/0"}), 'row 2 column C (plans, 风险预案): "=1/0": the formula'))
    cases.append((book("error", {"C2": "#DIV/0!"}), "row 2 column C (plans, 风险预案)"))
    cases.append((book("date", {"C2": datetime.date(2026, 1, 5)}), "a date or time, not a number"))
    cases.append((book("bool", {"C2": True}), "TRUE/FALSE, not a number"))
    cases.append((book("merged", {"A3": "zd2"}, merge="A2:A3"), "merged cells A2:A3"))
    cases.append((book("text", {"C2": "九十"}), 'row 2 column C (plans, 风险预案): "九十": not a number'))
    ws = str(ROOT / "crates/engine/data/example.json")
    for path, want in cases:
        out = tmp / "never.json"
        r = run(bin_, "import", ws, str(path), "-o", str(out))
        assert r.returncode == 2, (path.name, r.returncode, r.stdout, r.stderr)
        assert 'sheet "数据"' in r.stderr and want in r.stderr, (path.name, r.stderr)
        assert not out.exists()
    print(f"bad openpyxl workbooks: {len(cases)} refused with their places")


def keys(sheet):
    return [str(c.value).rsplit("[", 1)[1].rstrip("]") if c.value and "[" in str(c.value) else None for c in sheet[1]]


def check_written(bin_, tmp):
    t = tmp / "template.xlsx"
    assert run(bin_, "template", str(DEMO), "--period", "2026Q1", "-o", str(t)).returncode == 0
    wb = openpyxl.load_workbook(t)
    names = wb.sheetnames
    assert names == ["数据", "360度评价", "专家评审", "负面清单", "单位", "人员"], names
    assert keys(wb["单位"]) == ["id", "name", "level", "profile"], keys(wb["单位"])
    assert keys(wb["人员"])[:5] == ["id", "name", "unit", "post", "status"], keys(wb["人员"])
    k = keys(wb["数据"])
    assert k[:3] == ["unit", None, "period"] and "progress" in k and "closed_items" in k, k
    assert wb["数据"].freeze_panes == "A2"
    assert len(wb["数据"].data_validations.dataValidation) > 0
    assert keys(wb["360度评价"])[3:] == ["indicator", "group", "rating"]

    res = tmp / "results.xlsx"
    ex = ROOT / "crates/engine/data/example.json"
    assert run(bin_, "score", str(ex), "--period", "2026Q1", "--format", "xlsx", "-o", str(res)).returncode == 0
    want = json.loads(run(bin_, "score", str(ex), "--period", "2026Q1").stdout)
    wb = openpyxl.load_workbook(res)
    rank = wb[wb.sheetnames[0]]
    k = keys(rank)
    for n, u in enumerate(want["units"]):
        row = [c for c in rank[n + 2]]
        cell = row[k.index("score")]
        assert Decimal(str(cell.value)) == Decimal(u["score"]) and cell.number_format == "0.00", (cell.value, u)
        assert row[k.index("unit")].value == u["unit"]
        for d, v in u["dimensions"].items():
            assert Decimal(str(row[k.index(f"dimensions.{d}")].value)) == Decimal(v)
    check = wb[wb.sheetnames[-1]]
    got = {r[2].value: r[1].value for r in check.iter_rows(min_row=2)}
    assert got["input_sha256"] == want["input_sha256"] and got["engine"] == want["engine"], got
    print("template and results workbooks read back in openpyxl: keys, figures, digest")


def other_format_rows(ws, period):
    """Header and rows of a values sheet for `period`, with a notes column: one column per
    indicator whose every figure in the period is a plain value (numbers as numbers)."""
    recs = [r for r in ws["records"] if r["period"] == period]
    vals = lambda r: r.get("values") or {}  # noqa: E731
    inds = sorted({k for r in recs for k in vals(r)})
    inds = [i for i in inds if not any(isinstance(vals(r).get(i), dict) for r in recs)]
    header = ["单位 [unit]", "考核期 [period]", "备注"] + [f"{i} [{i}]" for i in inds]
    rows = [[r["unit"], period, "note"] + [None if vals(r).get(i) is None else float(vals(r)[i]) for i in inds]
            for r in recs]
    return header, rows


def write_ods(path, sheet, header, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    for values in [header] + rows:
        tr = TableRow()
        for v in values:
            if v is None:
                tc = TableCell()
            elif isinstance(v, float):
                tc = TableCell(valuetype="float", value=repr(v))
                tc.addElement(P(text=repr(v)))
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def write_xls(path, sheet, header, rows):
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    for r, values in enumerate([header] + rows):
        for c, v in enumerate(values):
            if v is not None:
                ws.write(r, c, v)
    book.save(str(path))


def check_other_formats(bin_, tmp):
    ws = json.loads(DEMO.read_text(encoding="utf-8"))
    period = ws["plan"]["periods"][-1]["id"]
    first = next(r for r in ws["records"] if r["period"] == period)
    ind = next(k for k, v in first["values"].items() if not isinstance(v, dict))
    want_old = first["values"][ind]
    for ext, write in (("ods", write_ods), ("xls", write_xls)):
        header, rows = other_format_rows(ws, period)
        book = tmp / f"same.{ext}"
        write(book, "数据", header, rows)
        out = tmp / f"same-{ext}.json"
        r = run(bin_, "import", str(DEMO), str(book), "-o", str(out))
        assert r.returncode == 0, (ext, r.stderr)
        assert "0 change(s)" in r.stdout + r.stderr, (ext, r.stdout, r.stderr)
        # One figure changed: the only change, exactly that decimal.
        col = header.index(f"{ind} [{ind}]")
        rows[0][col] = 0.5
        book = tmp / f"one.{ext}"
        write(book, "数据", header, rows)
        out = tmp / f"one-{ext}.json"
        r = run(bin_, "import", str(DEMO), str(book), "-o", str(out))
        assert r.returncode == 0, (ext, r.stderr)
        assert "1 change(s)" in r.stdout + r.stderr, (ext, r.stdout, r.stderr)
        got = json.loads(out.read_text(encoding="utf-8"))
        rec = next(x for x in got["records"] if (x["unit"], x["period"]) == (first["unit"], period))
        assert dec(rec["values"][ind]) == Decimal("0.5") and dec(want_old) != Decimal("0.5"), rec
        # Text in a number column: refused, naming the sheet, row 2 and the column letter.
        rows[0][col] = "九十"
        book = tmp / f"bad.{ext}"
        write(book, "数据", header, rows)
        r = run(bin_, "import", str(DEMO), str(book), "-o", str(tmp / "bad.json"))
        letter = chr(ord("A") + col)
        assert r.returncode == 2 and f'sheet "数据" row 2 column {letter}' in r.stderr, (ext, r.stderr)
    print(f"ODS (odfpy) and XLS (xlwt) workbooks: {len(rows)} rows imported exactly, one change, a bad cell refused")


def check_roster(bin_, tmp):
    """Units and people sheets written by openpyxl, in the documented layout only: a unit
    added (its level and profile by their Chinese names), renamed and moved; a person added
    to the new unit and one seconded; the values sheet names the new unit by its name."""
    ws = json.loads(DEMO.read_text(encoding="utf-8"))
    period = ws["plan"]["periods"][0]["id"]
    profile = ws["plan"]["profiles"][0]
    old = ws["units"][0]
    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "数据"
    data.append(["单位 [unit]", "考核期 [period]", "整改销号数 [closed_items]"])
    data.append(["新建支队", period, 4])
    units = wb.create_sheet("单位名册")
    units.append(["说明:新增与调整的单位"])
    units.append(["名称 [name]", "编号 [id]", "类别 [level]", "权重方案 [profile]"])
    units.append(["新建支队", "xjzd", "支队/大队", profile["name"]])
    units.append([old["name"] + "(更名)", old["id"], "直属单位", None])
    people = wb.create_sheet("人员名册")
    people.append(["[id]", "[name]", "[unit]", "[post]", "[status]", "[host_unit]", "[months_in_post]", "[personal]"])
    people.append(["p900", "新同志", "新建支队", "专业技术岗", "新入职", None, 3, "95%"])
    first = ws["people"][0]
    people.append([first["id"], first["name"], first["unit"], first["post"], "借调", "xjzd", 12, 80.5])
    book = tmp / "roster.xlsx"
    wb.save(book)
    out = tmp / "roster.json"
    r = run(bin_, "import", str(DEMO), str(book), "-o", str(out))
    # The profile column of the renamed unit is empty: a required field, refused at its cell.
    assert r.returncode == 2 and 'sheet "单位名册" row 4 column D' in r.stderr, r.stderr
    units["D4"] = profile["id"]
    wb.save(book)
    r = run(bin_, "import", str(DEMO), str(book), "-o", str(out))
    assert r.returncode == 0, r.stderr
    got = json.loads(out.read_text(encoding="utf-8"))
    unit = {u["id"]: u for u in got["units"]}
    assert unit["xjzd"] == {"id": "xjzd", "name": "新建支队", "level": "branch", "profile": profile["id"]}, unit["xjzd"]
    assert unit[old["id"]]["name"] == old["name"] + "(更名)" and unit[old["id"]]["level"] == "direct"
    assert len(got["units"]) == len(ws["units"]) + 1
    person = {p["id"]: p for p in got["people"]}
    assert person["p900"]["unit"] == "xjzd" and person["p900"]["status"] == "new"
    assert dec(person["p900"]["personal"]) == Decimal("0.95"), person["p900"]
    assert person[first["id"]]["host_unit"] == "xjzd" and dec(person[first["id"]]["personal"]) == Decimal("80.5")
    rec = next(x for x in got["records"] if (x["unit"], x["period"]) == ("xjzd", period))
    assert rec["closed_items"] == 4, rec
    print("openpyxl units and people sheets: a unit and a person added, others changed, one refusal")


def records_by_key(ws):
    return {(x["unit"], x["period"]): norm_record(x) for x in ws["records"]}


def check_generated(bin_, tmp, seeds):
    total = 0
    for seed in range(seeds):
        ws = generate.generate(seed)
        ws_path = tmp / f"gen{seed}.json"
        ws_path.write_text(generate.dumps(ws), encoding="utf-8")
        empty_path = tmp / f"gen{seed}-empty.json"
        empty_path.write_text(generate.dumps(dict(ws, records=[])), encoding="utf-8")
        book = tmp / f"gen{seed}.xlsx"
        r = run(bin_, "template", str(ws_path), "-o", str(book))
        assert r.returncode == 0, (seed, r.stderr)
        back = tmp / f"gen{seed}-back.json"
        r = run(bin_, "import", str(empty_path), str(book), "-o", str(back))
        assert r.returncode == 0, (seed, r.stderr)
        source = json.loads(ws_path.read_text(encoding="utf-8"))
        # A record with no data (only its unit and period, or empty parts) has nothing to
        # write: it does not come back.
        source["records"] = [
            x for x in source["records"] if "closed_items" in x or norm_record(x) != norm_record({})
        ]
        want = records_by_key(source)
        have = records_by_key(json.loads(back.read_text(encoding="utf-8")))
        assert want.keys() == have.keys(), (seed, set(want) ^ set(have))
        for k in want:
            assert want[k] == have[k], (seed, k, want[k], have[k])
        same = tmp / f"gen{seed}-same.json"
        r = run(bin_, "import", str(ws_path), str(book), "-o", str(same))
        assert r.returncode == 0, (seed, r.stderr)
        assert same.read_text(encoding="utf-8") == ws_path.read_text(encoding="utf-8") or \
            records_by_key(json.loads(same.read_text(encoding="utf-8"))) == \
            records_by_key(json.loads(ws_path.read_text(encoding="utf-8"))), seed
        assert "0 change(s)" in r.stdout + r.stderr, (seed, r.stdout, r.stderr)
        total += len(want)
    print(f"generated workspaces: {seeds} round trips, {total} records back exactly")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--seeds", type=int, default=20, help="generated workspaces to round-trip")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        check_filled(a.bin, tmp)
        bad_books(a.bin, tmp)
        check_written(a.bin, tmp)
        check_other_formats(a.bin, tmp)
        check_roster(a.bin, tmp)
        check_generated(a.bin, tmp, a.seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
