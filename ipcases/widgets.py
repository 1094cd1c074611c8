"""Form widgets written out in Python, for the search form every results page renders.

Django renders a widget through its templates: a select two templates an option, an input two,
an empty error list two. The search form's eight widgets and twelve error lists cost about
2 ms a page that way. These write the same HTML directly (flat choices only).
"""

from __future__ import annotations

from django import forms
from django.forms.utils import ErrorList, flatatt
from django.utils.html import format_html, format_html_join


class Select(forms.Select):
    def render(self, name, value, attrs=None, renderer=None) -> str:
        chosen = self.format_value(value)
        selected = next((str(v) for v, _ in self.choices if str(v) in chosen), None)
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((v, " selected" if str(v) == selected else "", label) for v, label in self.choices),
        )
        attributes = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html('<select name="{}"{}>{}</select>', name, attributes, options)


class _Input:
    def render(self, name, value, attrs=None, renderer=None) -> str:
        widget = self.get_context(name, value, attrs)["widget"]
        shown = "" if widget["value"] is None else format_html(' value="{}"', widget["value"])
        attributes = flatatt(widget["attrs"])
        return format_html(
            '<input type="{}" name="{}"{}{}>', self.input_type, name, shown, attributes
        )


class TextInput(_Input, forms.TextInput):
    pass


class NumberInput(_Input, forms.NumberInput):
    pass


class Errors(ErrorList):
    """Nothing for no errors, without rendering the list's template."""

    def render(self, *args, **kwargs) -> str:
        return super().render(*args, **kwargs) if self.data else ""

    __str__ = render
    __html__ = render
