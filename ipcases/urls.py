from django.contrib import admin
from django.urls import path

from . import views, views_analytics

urlpatterns = [
    path("", views.home, name="home"),
    path("rulings/", views.ruling_list, name="ruling_list"),
    path("rulings/<int:pk>/", views.ruling_detail, name="ruling_detail"),
    path("courts/", views.court_list, name="court_list"),
    path("courts/<slug:court_id>/", views.court_detail, name="court_detail"),
    path("about/", views.about, name="about"),
    path("help/search/", views.search_help, name="search_help"),
    path("analytics/", views_analytics.analytics_page, name="analytics"),
    path("analytics/coverage/", views_analytics.analytics_coverage, name="analytics_coverage"),
    path("analytics/<slug:table>.csv", views_analytics.analytics_csv, name="analytics_csv"),
    path("rights/<slug:kind>/<str:number>/", views.right_detail, name="right_detail"),
    path("admin/", admin.site.urls),
]
