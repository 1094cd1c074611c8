"""The WSGI entry point, as servers load it."""

import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
# A request's statement gives up after 30 s (the 503 page), before a server's worker timeout
# would kill it; commands, which run long statements, have no limit (see settings).
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "30")
application = get_wsgi_application()

# Load every module a request uses, then leave what is loaded (citation reporters, courts,
# landmark cases: about 160,000 objects) out of garbage collection. A full collection over them
# takes 70-80 ms, and would otherwise fall on whichever request triggers it.
import_module(settings.ROOT_URLCONF)
gc.freeze()
