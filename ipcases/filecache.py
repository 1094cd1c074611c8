"""The page cache's files: Django's file cache, compressing what it keeps at zlib's quickest
level.

What a site keeps (search/kept.py, pages/cache.py) is written once and read many times, and
much of it is long lists of ruling ids: at the default level, compressing a query's facet
groups with their ids (300 KB on average, up to 1 MB at 100,000 rulings) took 12 ms a write,
at level 1 2 ms, for files 15 % larger. Reading is Django's own (zlib reads either level), so
files written before are read as they are.
"""

from __future__ import annotations

import pickle
import zlib

from django.core.cache.backends.filebased import FileBasedCache

LEVEL = 1


class FileCache(FileBasedCache):
    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(zlib.compress(pickle.dumps(value, self.pickle_protocol), LEVEL))
