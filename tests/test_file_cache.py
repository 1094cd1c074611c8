"""The page cache's files (ipcases/filecache.py): what one writes, another reads, and Django's
own file cache reads the same files."""

import pickle

from django.core.cache.backends.filebased import FileBasedCache

from ipcases.filecache import FileCache

IDS = ",".join(str(n) for n in range(50_000))


def test_a_value_kept_is_read_back_as_it_was(tmp_path):
    cache = FileCache(str(tmp_path), {})
    cache.set("rows", [("cafc|US|appellate", "patent", 3, IDS, 7)], 60)
    assert cache.get("rows") == [("cafc|US|appellate", "patent", 3, IDS, 7)]


def test_files_are_compressed_at_the_quickest_level(tmp_path):
    cache = FileCache(str(tmp_path), {})
    cache.set("ids", IDS, 60)
    (written,) = tmp_path.glob("*.djcache")
    with written.open("rb") as file:
        pickle.load(file)  # the expiry time
        assert file.read(2) == b"\x78\x01"  # zlib's header for its quickest levels


def test_files_written_by_djangos_file_cache_are_read_and_the_reverse(tmp_path):
    ours, djangos = FileCache(str(tmp_path), {}), FileBasedCache(str(tmp_path), {})
    djangos.set("before", IDS, 60)
    ours.set("after", IDS, 60)
    assert ours.get("before") == IDS and djangos.get("after") == IDS
