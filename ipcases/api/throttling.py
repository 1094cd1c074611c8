"""How often the API answers one client: anonymous requests by address, requests with a
token by user, at the rates the settings name (read on each request, so a deployment changes
them by environment and the tests by override_settings)."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonymousRate(AnonRateThrottle):
    def get_rate(self) -> str:
        return settings.API_ANON_RATE


class TokenRate(UserRateThrottle):
    def get_rate(self) -> str:
        return settings.API_TOKEN_RATE
