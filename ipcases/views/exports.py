"""Downloads of any result set of the ruling list, with the list's parameters."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import reverse

from ..exports import FORMATS, Export
from ..pages.listing import Listing
from .analytics import refused_download


def ruling_export(request: HttpRequest, extension: str) -> HttpResponse:
    """A download has nowhere to show an error, so a value that does not validate is a 400."""
    if extension not in FORMATS:
        raise Http404("No export has this format.")
    listing = Listing(request.GET)
    if not listing.is_valid():
        return refused_download(listing.errors)
    list_url = request.build_absolute_uri(reverse("ruling_list"))
    site_url = request.build_absolute_uri("/")
    export = Export(listing, extension, list_url, site_url, cap=settings.EXPORT_MAX_ROWS)
    response = StreamingHttpResponse(export.lines(), content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.file_name}"'
    return response
