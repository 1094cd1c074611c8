"""Peak memory of parsing a TTAB daily zip.

    python bench/ttab_memory.py FILE.zip                 parse it, print counts and memory
    python bench/ttab_memory.py FILE.zip --repeat N OUT  write OUT.zip with the proceedings N times

Parse the repeated file in a second run to see that memory does not grow with the file.
"""

import resource
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ipcases.importers import ttab  # noqa: E402


def write_repeated(path: str, times: int, target: str) -> None:
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        data = archive.read(name).decode()
    start = data.index("<proceeding-entry>")
    end = data.rindex("</proceeding-information>")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data[:start] + data[start:end] * times + data[end:])


def measure(path: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    counts = {"rulings": 0, "skipped": 0, "errors": 0}
    for record in ttab.parse(path):
        key = "errors" if "error" in record else "skipped" if "skip_reason" in record else "rulings"
        counts[key] += 1
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds = time.perf_counter() - started
    print(f"{counts} in {seconds:.2f} s; traced peak {peak:.2f} MiB; max RSS {rss:.1f} MiB")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[2] == "--repeat":
        write_repeated(sys.argv[1], int(sys.argv[3]), sys.argv[4])
    else:
        measure(sys.argv[1])
