"""The biodiversity scan's models arrive with the scan itself; the app is registered now so that its
migrations, templates and translations have a home."""
