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
