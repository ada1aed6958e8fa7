"""Production settings refuse to start without their required variables and pass the deploy check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {key: value for key, value in os.environ.items() if key not in unset}
    environment.update(env)
    environment["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    return subprocess.run(  # noqa: S603 -- fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "biodiversity-alliance.be"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_a_required_variable(env, missing):
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production." in result.stderr


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="biodiversity-alliance.be",
    )
    assert result.returncode == 0, result.stderr
