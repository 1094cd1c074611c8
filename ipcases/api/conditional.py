"""ETag and Last-Modified on every API answer, and 304 Not Modified when the client's copy is
current.

The ETag is a hash of the answer's body, so it changes whenever anything in it does. The
Last-Modified date is when a ruling of the catalogue last changed (an import, an editor's
correction or a merge touches the rulings it changes); If-None-Match is checked first when a
client sends both, as HTTP says, so a client that keeps ETags never misses a change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from django.db.models import Max
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from ..models import Ruling


def catalogue_modified() -> dt.datetime | None:
    return Ruling.objects.aggregate(last=Max("date_modified"))["last"]


def etag_of(data) -> str:
    body = json.dumps(data, cls=JSONEncoder, sort_keys=True, ensure_ascii=False)
    return '"' + hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:32] + '"'


def respond(request: Request, data, last_modified: dt.datetime | None = None) -> Response:
    """`data` as a 200 with its ETag and Last-Modified, or a 304 when the request's
    If-None-Match or If-Modified-Since shows the client has it."""
    etag = etag_of(data)
    stamp = int(last_modified.timestamp()) if last_modified else None
    response = Response(data)
    response["ETag"] = etag
    if stamp is not None:
        response["Last-Modified"] = http_date(stamp)
    conditional = get_conditional_response(
        request._request, etag=etag, last_modified=stamp, response=response
    )
    if conditional is not response:
        # 304 (or 412 for If-Match): no body, the validators kept.
        answer = Response(status=conditional.status_code)
        for header in ("ETag", "Last-Modified"):
            if header in response:
                answer[header] = response[header]
        return answer
    return response
