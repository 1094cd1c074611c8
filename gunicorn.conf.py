"""The production server's settings: `gunicorn` in the project folder reads this file.

    SECRET_KEY=... DATABASE_URL=... gunicorn            # serves 127.0.0.1:8000

Every value can be changed from the environment (or on the command line, which wins):

- GUNICORN_BIND (127.0.0.1:8000): behind a reverse proxy that terminates HTTPS;
- WEB_CONCURRENCY (twice the cores): synchronous worker processes. A page spends about as
  long waiting for the database as computing in Python, so two per core keep the cores busy;
  with the database on another machine, more;
- GUNICORN_TIMEOUT (40 s): a worker silent for longer is killed and replaced. A request's
  statement gives up after DATABASE_STATEMENT_TIMEOUT (30 s, see ipcases/wsgi.py) and answers
  503 first, so only a worker stuck outside the database reaches it;
- GUNICORN_MAX_REQUESTS (2000): a worker is replaced after that many requests (each at a
  slightly different count), which bounds the memory a long-running worker can gather.

The application is loaded once, in the master process, before the workers are forked
(preload_app): they share its memory pages (about 60 MB of modules, citation reporters and
courts) for as long as nothing writes to them. Python's garbage collector writes to every
object it examines, so ipcases/wsgi.py leaves what loading created out of collection
(gc.freeze) and `pre_fork` below freezes what the master created since, just before each fork:
a worker's collections then never touch the shared pages, and a full collection does not fall
on a request (70-80 ms over 160,000 loaded objects). No database connection is opened while
loading, so no worker inherits one.
"""

import gc
import multiprocessing
import os

wsgi_app = "ipcases.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "40"))
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
# gunicornc's control socket is one per user by default: two servers would contend for it.
control_socket_disable = True


def pre_fork(server, worker):
    """Freeze what the master holds, so that the forked worker shares it (see above)."""
    gc.freeze()
