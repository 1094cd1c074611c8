"""Small IDB files written in either distribution for the tests: rows given as dicts under our
names (see fjc_idb.COLUMNS), every other column empty or missing as each format writes it."""

from pathlib import Path

from ipcases.importers.fjc_idb import COLUMNS

DATA = Path(__file__).parent / "data" / "fjc-idb"
COURTLISTENER_FILE = DATA / "fjc-integrated-database-2024-12-31.csv"
FJC_FILE = DATA / "cv-2024-06-30.txt"

# A patent case terminated by a jury verdict for the plaintiff, in E.D. Tex.
ROW = {
    "district": "txed",
    "office": "2",
    "docket": "1501455",
    "origin": "1",
    "filed": "2015-03-02",
    "terminated": "2017-06-30",
    "nature": "830",
    "title": "35",
    "section": "271",
    "plaintiff": "WIDGETRON LLC",
    "defendant": "BOLTCO INC",
    "progress": "9",
    "disposition": "7",
    "judgment_nature": "1",
    "amount": "5200",
    "judgment": "1",
}


def courtlistener_file(folder: Path, name: str, *rows: dict) -> Path:
    """CourtListener's bulk dialect: every value quoted, NULL as an empty unquoted cell."""
    names = [column for column, _ in COLUMNS.values()]
    lines = [",".join(["id", *names])]
    for number, row in enumerate(rows, start=1):
        cells = [f'"{number}"']
        for key in COLUMNS:
            value = {**ROW, **row}.get(key)
            cells.append("" if value in (None, "") else '"' + value.replace('"', '\\"') + '"')
        lines.append(",".join(cells))
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fjc_file(folder: Path, name: str, *rows: dict) -> Path:
    """The FJC's tab-delimited file: codebook names, -8 for missing, CR LF line ends."""
    names = [column for _, column in COLUMNS.values()]
    lines = ["\t".join(["CIRCUIT", *names])]
    for row in rows:
        values = {**ROW, "district": "40", "filed": "03/02/2015", "terminated": "06/30/2017"}
        values.update(row)
        lines.append("\t".join(["5", *(values.get(key) or "-8" for key in COLUMNS)]))
    path = folder / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


PENDING = {
    "terminated": None,
    "progress": None,
    "disposition": None,
    "judgment_nature": None,
    "amount": None,
    "judgment": None,
}
