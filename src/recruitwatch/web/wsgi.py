"""WSGI entry point, served by waitress through `recruitwatch serve`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruitwatch.web.settings")
application = get_wsgi_application()
