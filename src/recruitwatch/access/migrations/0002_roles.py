"""Create the role groups with their permissions.

A frozen copy of ``access.roles`` as it stood when this migration was written: migrations
must not follow later edits of application code. ``access.services.roles_ensure`` (run by
``recruitwatch init``) brings the groups up to date with the current table afterwards.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RECORDS = (
    "case",
    "claim",
    "document",
    "evidence",
    "facility",
    "incident",
    "involvement",
    "organization",
    "person",
    "source",
)
IDENTIFYING = ("evidence", "involvement", "person", "source")
VIEW_ALL = {f"records.view_{model}" for model in RECORDS}
ROLE_PERMISSIONS = {
    "editor": VIEW_ALL
    | {f"records.add_{model}" for model in RECORDS}
    | {f"records.change_{model}" for model in RECORDS}
    | {"access.export_redacted"},
    "reviewer": VIEW_ALL | {"records.change_incident", "records.change_claim"},
    "viewer": VIEW_ALL,
    "report viewer": {f"records.view_{m}" for m in RECORDS if m not in IDENTIFYING},
}


def roles_create(apps, schema_editor):
    alias = schema_editor.connection.alias
    # Permissions are normally created after all migrations (post_migrate); make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, using=alias, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    available = {
        f"{p.content_type.app_label}.{p.codename}": p
        for p in Permission.objects.using(alias).select_related("content_type")
    }
    admin, _ = Group.objects.using(alias).get_or_create(name="admin")
    admin.permissions.set(list(available.values()))
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.using(alias).get_or_create(name=role)
        group.permissions.set([available[name] for name in sorted(names)])


class Migration(migrations.Migration):
    dependencies = [
        ("access", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(roles_create, migrations.RunPython.noop)]
