"""gunicorn.conf.py: the production server's settings, as gunicorn reads them."""

import gc
from pathlib import Path

from gunicorn.config import Config

CONFIG = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"


def load(monkeypatch, **environment) -> Config:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    config = Config()
    namespace: dict = {"__file__": str(CONFIG)}
    exec(compile(CONFIG.read_text(), str(CONFIG), "exec"), namespace)  # as gunicorn does
    for name, value in namespace.items():
        if name in config.settings:
            config.set(name, value)
    return config


def test_it_serves_the_application_loaded_once_before_the_workers_fork(monkeypatch):
    config = load(monkeypatch)
    assert config.wsgi_app == "ipcases.wsgi:application"
    assert config.preload_app is True
    assert config.worker_class_str == "sync"


def test_a_worker_outlives_the_statement_timeout_of_a_request(monkeypatch):
    config = load(monkeypatch, DATABASE_STATEMENT_TIMEOUT="30")
    assert config.timeout > 30


def test_workers_address_and_timeout_come_from_the_environment(monkeypatch):
    config = load(
        monkeypatch, WEB_CONCURRENCY="3", GUNICORN_BIND="0.0.0.0:9000", GUNICORN_TIMEOUT="50"
    )
    assert (config.workers, config.bind, config.timeout) == (3, ["0.0.0.0:9000"], 50)


def test_the_master_freezes_what_it_holds_before_each_fork(monkeypatch):
    config = load(monkeypatch)
    try:
        garbage = [[] for _ in range(10)]
        config.pre_fork(None, None)
        assert gc.get_freeze_count() >= len(garbage)
    finally:
        gc.unfreeze()
