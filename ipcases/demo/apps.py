from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "ipcases.demo"
    label = "demo"
    verbose_name = "Demo data"
