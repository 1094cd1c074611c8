"""The API's addresses: version 1, its OpenAPI schema and its interactive documentation."""

from django.urls import path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView

from . import docs, views

app_name = "api"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:index"), name="root"),
    path("v1/", docs.index, name="index"),
    path("v1/rulings/", views.ruling_list, name="rulings"),
    # Any text as the id or kind, so that the view (not the site's HTML 404) answers a wrong one.
    path("v1/rulings/<str:pk>/", views.ruling_detail, name="ruling"),
    path("v1/courts/", views.court_list, name="courts"),
    path("v1/rights/<str:kind>/<str:number>/", views.right_detail, name="right"),
    path("v1/analytics/", views.analytics_figures, name="analytics"),
    path("v1/citation-lookup/", views.citation_lookup, name="citation_lookup"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", docs.swagger, name="docs"),
]
