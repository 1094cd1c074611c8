"""The server's entry point."""

import gc
import sys


def test_it_loads_the_application_and_leaves_it_out_of_garbage_collection():
    from ipcases import wsgi

    assert callable(wsgi.application)
    assert "ipcases.views.rulings" in sys.modules
    assert gc.get_freeze_count() > 0
