"""An e-mail backend whose server is down: every send raises, as an unreachable SMTP server would."""

BROKEN_MAIL = "tests.broken_mail.BrokenBackend"


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
