"""The demo site: content written from the alliance's public texts, built with the shared factories and
translated with wagtail-localize. Run it with ``manage.py load_demo``."""
