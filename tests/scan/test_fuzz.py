"""Random and malformed payloads posted to every step of the scan never get a server error."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import PROFILE, Wizard

pytestmark = pytest.mark.django_db

STEPS = ["intro", "profile", "site", "nature", "policy", "check", "done", "vanished", "save"]
FIELDS = ["consent", *PROFILE, "sealed_share", "meadow", "shelters", "plan", "food_sourcing", "email", "anything"]

junk_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "0", "-1", "1e309", "NaN", "inf", "9" * 40, "yes", "no", "on", "large", "\x00", "<script>"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
junk_value = st.one_of(junk_text, st.lists(junk_text, max_size=4))


@st.composite
def payloads(draw, prefix):
    step = draw(st.sampled_from(STEPS))
    data = {}
    for name in draw(st.lists(st.sampled_from(FIELDS), max_size=8, unique=True)):
        key = draw(st.sampled_from([f"{step}-{name}", name, f"{draw(st.sampled_from(STEPS))}-{name}"]))
        data[key] = draw(junk_value)
    management = draw(st.one_of(st.none(), st.sampled_from(STEPS), junk_text))
    if management is not None:
        data[f"{prefix}-current_step"] = management
    if draw(st.booleans()):
        data["wizard_goto_step"] = draw(st.one_of(st.sampled_from(STEPS), junk_text))
    return step, data


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_no_payload_makes_the_scan_fail(scan_page, data):
    client = Client(raise_request_exception=False)
    wizard = Wizard(client, scan_page)
    stage = data.draw(st.sampled_from(["fresh", "consented", "profiled"]))
    if stage != "fresh":
        wizard.start()
    if stage == "profiled":
        wizard.post("profile", PROFILE)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        step, payload = data.draw(payloads(wizard.prefix))
        response = client.post(f"{scan_page.url}{step}/", payload)
        assert response.status_code < 500, (step, payload, response.status_code)
        follow = client.get(f"{scan_page.url}{step}/")
        assert follow.status_code < 500, (step, follow.status_code)
