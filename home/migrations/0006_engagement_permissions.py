"""Let the Editors and Moderators groups review engagements: see them, approve and reject them.

Nobody may add or delete one in the admin (organisations submit them), and the Advisors group gets nothing here.
"""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
MODEL = "engagement"
ACTIONS = ["view", "change"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    # Permissions of this app's models are normally created after all migrations; create them now.
    content_type, _ = ContentType.objects.get_or_create(app_label="home", model=MODEL)
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_{MODEL}", defaults={"name": f"Can {action} {MODEL}"}
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(
        content_type__app_label="home", codename__in=[f"{action}_{MODEL}" for action in ACTIONS]
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_engagements"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
