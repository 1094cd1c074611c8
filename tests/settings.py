"""The settings the suite runs with: the project's own, as on a developer's machine.

DEBUG=1 while they are read, so that they allow plain HTTP and the demo key, as `make run`
does; pytest-django then runs every test with DEBUG off. Production settings are tested in
test_settings.py, in processes of their own.
"""

import os

os.environ["DEBUG"] = "1"

from ipcases.settings import *  # noqa: E402, F403

# Passwords hashed in a microsecond: the suite logs in and fails logins by the dozen.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The suite sends many API requests from one address; throttling is tested with its own rates.
API_ANON_RATE = "100000/minute"
API_TOKEN_RATE = "100000/minute"

# No page cache: the suite's data changes between tests without a write path's version change
# (fixtures roll back). tests/test_page_cache.py turns one on.
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}  # noqa: F405
