"""Template filters for addresses that came from outside (an imported source_url)."""

import re
from urllib.parse import urlsplit

from django import template

register = template.Library()

_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f\\]")


@register.filter
def web_address(value: str) -> str:
    """The value if it is an http or https address with a host, else "": only such an
    address becomes a link (javascript:, data: or a scheme-relative //host never does, however
    it is capitalised or spaced; a browser ignores tabs and line breaks inside a scheme)."""
    value = (value or "").strip()
    if _UNSAFE.search(value):
        return ""
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    return value if parts.scheme.lower() in ("http", "https") and parts.hostname else ""
