"""A Redis cache that a missing Redis cannot take down.

The site's default cache only ever speeds things up (Wagtail's site root paths, rendered fragments). When Redis
does not answer, reads miss, writes are skipped and a warning is logged, at most once a minute per process;
pages are built from the database instead. The rate limiter uses its own, non-tolerant alias so that it can tell
a failing Redis from an empty one (see home/antispam.py).
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
WARNING_INTERVAL = 60


class TolerantRedisCache(RedisCache):
    _last_warning = 0.0

    def _unavailable(self, operation):
        now = time.monotonic()
        if now - TolerantRedisCache._last_warning > WARNING_INTERVAL:
            TolerantRedisCache._last_warning = now
            logger.warning("The cache is unavailable (%s); serving without it", operation)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE:
            self._unavailable("get")
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNAVAILABLE:
            self._unavailable("get_many")
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNAVAILABLE:
            self._unavailable("has_key")
            return False

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNAVAILABLE:
            self._unavailable("add")
            return False

    def set(self, key, value, timeout=None, version=None):
        try:
            return super().set(key, value, timeout, version)
        except UNAVAILABLE:
            self._unavailable("set")

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNAVAILABLE:
            self._unavailable("set_many")
            return list(data)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNAVAILABLE:
            self._unavailable("touch")
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNAVAILABLE:
            self._unavailable("delete")
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except UNAVAILABLE:
            self._unavailable("delete_many")

    def clear(self):
        try:
            return super().clear()
        except UNAVAILABLE:
            self._unavailable("clear")
            return False
