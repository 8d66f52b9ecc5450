"""Forms of the account pages. They only check shape; the services decide what is right."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

# Long enough for a backup code typed with spaces or dashes; anything longer is not a code.
CODE_MAX_LENGTH = 32


class SecondFactorForm(forms.Form):
    """One box for both kinds of code: six digits from the app, or a backup code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=CODE_MAX_LENGTH,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autofocus": True,
                "spellcheck": "false",
                "autocapitalize": "off",
            }
        ),
    )


class TwoFactorResetForm(forms.Form):
    """An administrator names the account whose authenticator is lost."""

    username = forms.CharField(label=_("Username"), max_length=150, strip=True)
    confirm = forms.BooleanField(
        label=_("I checked who is asking, through a channel other than this account."),
        required=True,
    )
