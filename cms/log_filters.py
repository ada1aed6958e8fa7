"""Logging filters: secret links never reach the logs.

Results, resume and cancellation links carry a token that grants access; Django logs the paths of failed
requests ("Bad Request: /en/scan/results/<token>/email/"). The filter replaces such tokens with "[token]".
"""

import logging
import re

SECRET_PATH = re.compile(r"/(results|resume|cancel)/[^/\s?]+")


def redact(text):
    return SECRET_PATH.sub(r"/\1/[token]", text)


class RedactTokens(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True
