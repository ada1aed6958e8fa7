"""``manage.py load_demo``: the alliance's demo site in four languages, built in code from the seed texts.

Idempotent: a second run finds what the first made (by slug and locale, organisation name, image title, user
name, and the demo companies' names on the scan) and creates nothing new. Refuses to run without DEBUG unless
``--force`` is given, and never creates accounts under the production settings.
"""

import contextlib
import io
import logging
import time
from collections import Counter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo.loader import DemoLoader, demo_counts
from home.demo.translations import translate

TARGET_LANGUAGES = ["nl", "fr", "de"]
DEMO_PASSWORD = "changeme"  # noqa: S105 -- the documented demo password, set only on a development site
DEMO_USERS = [
    # user name, groups, superuser
    ("admin", [], True),
    ("editor", ["Editors"], False),
    ("advisor", ["Advisors"], False),
]


# Wagtail logs every page edit and background task at INFO; hundreds of lines would hide the report.
CHATTY_LOGGERS = ["wagtail", "wagtail_localize", "django_tasks", "modelsearch"]


@contextlib.contextmanager
def quiet_loggers(names):
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Load the demo site: locales, the English page tree with the alliance's axes, objectives, projects, "
        "partners, news and events, its Dutch, French and German translations, demo accounts, thirty companies' "
        "submitted scans, the organisations' engagements to the objectives and the registrations for an event."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even though DEBUG is off (never on a production site)."
        )
        parser.add_argument("--no-users", action="store_true", help="Do not create the demo accounts.")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("DEBUG is off: load_demo only runs on a development site. Use --force to run it anyway.")
        self.verbosity = options["verbosity"]
        with quiet_loggers(CHATTY_LOGGERS if self.verbosity < 2 else []):
            self._load(options)

    def _load(self, options):
        started = time.monotonic()

        loader = DemoLoader()
        with transaction.atomic():
            loader.run()
        self._say(f"English site: {self._created(loader.created)}.")

        translated = Counter()
        for code in TARGET_LANGUAGES:
            locale = loader.locales[code]
            for item in loader.translations:
                if translate(item, locale):
                    translated[code] += 1
        summary = ", ".join(f"{translated[code]} into {code}" for code in TARGET_LANGUAGES)
        self._say(f"Translations made with wagtail-localize: {summary}.")
        with transaction.atomic():
            linked = loader.link_translated_homes()
        if linked:
            self._say(f"Linked the scan page from {linked} translated home page(s) made before the scan existed.")

        users = []
        if options["no_users"]:
            self._say("Demo accounts: skipped (--no-users).")
        elif settings.SETTINGS_MODULE.endswith(".production"):
            self._say("Demo accounts: never created with the production settings.")
        else:
            users = self._users()

        scans_started = time.monotonic()
        with transaction.atomic():
            before = Counter(loader.created)
            loader.scans(get_user_model().objects.filter(username="advisor").first())
        took = time.monotonic() - scans_started
        made = self._created(loader.created - before)
        self._say(f"Demo scans, engagements and registrations: {made} ({took:.1f} s).")

        call_command("update_index", stdout=io.StringIO())
        counts = ", ".join(f"{count} {name}" for name, count in demo_counts().items())
        self._say(f"The database now holds {counts}.")
        self._say(self.style.SUCCESS(f"Demo loaded in {time.monotonic() - started:.1f} s."))
        self._how_to_log_in(users)

    def _say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    def _created(self, created):
        made = [f"{count} {name}" for name, count in created.items() if count]
        return "created " + ", ".join(made) if made else "nothing new to create"

    def _users(self):
        """The demo accounts; a password is only set when the account is created."""
        advisors, _created = Group.objects.get_or_create(name="Advisors")
        advisors.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        Group.objects.get_or_create(name="Editors")
        user_model = get_user_model()
        made = []
        for username, group_names, superuser in DEMO_USERS:
            user = user_model.objects.filter(username=username).first()
            if user is None:
                create = user_model.objects.create_superuser if superuser else user_model.objects.create_user
                user = create(username, f"{username}@example.com", DEMO_PASSWORD)
                made.append(username)
            user.groups.add(*Group.objects.filter(name__in=group_names))
        self._say(f"Demo accounts: {'created ' + ', '.join(made) if made else 'already there'}.")
        return DEMO_USERS

    def _how_to_log_in(self, users):
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        self._say(f"Visit the site at /en/, /nl/, /fr/ and /de/; the admin is at {admin_url}")
        for username, groups, superuser in users:
            role = "superuser" if superuser else f"member of {', '.join(groups)}"
            self._say(f"  log in as {username} / {DEMO_PASSWORD} ({role}; the password is kept if you changed it)")
