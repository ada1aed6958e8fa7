"""The Advisors group: admin access, and viewing and following up scan responses, and nothing else."""

from django.db import migrations

PERMISSIONS = {
    ("scan", "scanresponse"): ["view", "change"],
    ("scan", "scannote"): ["view", "add"],
}
NAMES = {"scanresponse": "scan response", "scannote": "note"}


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name="Advisors")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(access_admin)
    for (app_label, model), actions in PERMISSIONS.items():
        # This app's permissions are normally created after all migrations; create them now.
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {NAMES[model]}"},
            )
            group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Advisors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("scan", "0003_advisors_follow_up"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # After Wagtail's own data migrations, which hand "choose" permissions to every existing group.
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
