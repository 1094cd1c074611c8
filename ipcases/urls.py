from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import health
from .views import alerts, analytics, catalogue, exports, feeds, rulings

handler500 = health.server_error

urlpatterns = [
    path("", catalogue.home, name="home"),
    path("rulings/", rulings.ruling_list, name="ruling_list"),
    path("rulings/feed.atom", feeds.ruling_feed, name="ruling_feed"),
    path("rulings/export.<slug:extension>", exports.ruling_export, name="ruling_export"),
    path("rulings/<int:pk>/", rulings.ruling_detail, name="ruling_detail"),
    path(
        "rulings/<int:pk>/cite.<slug:extension>",
        exports.ruling_citation,
        name="ruling_citation",
    ),
    path("courts/", catalogue.court_list, name="court_list"),
    path("courts/<slug:court_id>/", catalogue.court_detail, name="court_detail"),
    path("about/", catalogue.about, name="about"),
    path("help/search/", rulings.search_help, name="search_help"),
    path("analytics/", analytics.analytics_page, name="analytics"),
    path("analytics/coverage/", analytics.analytics_coverage, name="analytics_coverage"),
    path("analytics/<slug:table>.csv", analytics.analytics_csv, name="analytics_csv"),
    path("rights/<slug:kind>/<str:number>/", catalogue.right_detail, name="right_detail"),
    path("api/", include("ipcases.api.urls")),
    path("alerts/", alerts.saved_searches, name="saved_searches"),
    path("alerts/<int:pk>/delete/", alerts.saved_search_delete, name="saved_search_delete"),
    path("alerts/unsubscribe/<str:token>/", alerts.alert_unsubscribe, name="alert_unsubscribe"),
    path("accounts/login/", auth_views.LoginView.as_view(template_name="login.html"), name="login"),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
]
